// A narrow C face over system ICU. Only <stdint.h> types cross it: Swift code that imports Foundation
// (which carries its own ICU as `_FoundationICU`) must never see the system <unicode/*.h> declarations.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The ICU version string ("72.1"), written NUL-terminated into `buffer`; returns its length.
int32_t runews_icu_version(char *buffer, int32_t capacity);

/// 1 when `scalar` starts a new NFC segment (nothing before it can combine with it).
int32_t runews_nfc_has_boundary_before(uint32_t scalar);

/// 1 when `scalar` is unchanged by NFC in every context it can appear in as a segment start.
int32_t runews_nfc_quick_check_yes(uint32_t scalar);

/// NFC of `count` scalars into `output` (capacity in scalars). Returns the number of scalars written,
/// or -1 on an ICU error, or -(needed) - 2 when `capacity` is too small.
int32_t runews_nfc_normalize(const uint32_t *input, int32_t count, uint32_t *output, int32_t capacity);

/// Converts `length` bytes in `charset` (an ICU or WHATWG label: "windows-1251", "koi8-r" …) to UTF-8.
/// Returns the UTF-8 length written; -1 when ICU does not know the charset or fails; -(needed) - 2
/// when `capacity` is too small. Invalid input becomes U+FFFD.
int32_t runews_convert_to_utf8(const char *charset, const uint8_t *input, int32_t length,
                               uint8_t *output, int32_t capacity);

/// The canonical ICU name of a charset label, NUL-terminated into `buffer`; 0 when unknown.
int32_t runews_charset_canonical_name(const char *label, char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
