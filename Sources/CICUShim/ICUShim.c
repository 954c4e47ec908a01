#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

static const UNormalizer2 *nfc(void) {
    // ICU caches the instance itself; the lookup is cheap and thread-safe.
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFCInstance(&status);
    return U_SUCCESS(status) ? normalizer : NULL;
}

int32_t runews_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t length = (int32_t)strlen(text);
    if (capacity <= length) return -1;
    memcpy(buffer, text, (size_t)length + 1);
    return length;
}

int32_t runews_nfc_has_boundary_before(uint32_t scalar) {
    const UNormalizer2 *normalizer = nfc();
    return normalizer ? (int32_t)unorm2_hasBoundaryBefore(normalizer, (UChar32)scalar) : 1;
}

int32_t runews_nfc_quick_check_yes(uint32_t scalar) {
    return u_getIntPropertyValue((UChar32)scalar, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

int32_t runews_nfc_normalize(const uint32_t *input, int32_t count, uint32_t *output, int32_t capacity) {
    const UNormalizer2 *normalizer = nfc();
    if (!normalizer || count < 0) return -1;
    // Segments handed over are short (a base and its marks), so small stack buffers cover the usual case.
    UChar sourceStack[64], targetStack[64];
    UChar *source = sourceStack, *target = targetStack;
    int32_t sourceCapacity = 64, targetCapacity = 64, result = -1;
    UErrorCode status = U_ZERO_ERROR;
    int32_t sourceLength = 0;

    u_strFromUTF32(source, sourceCapacity, &sourceLength, (const UChar32 *)input, count, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        sourceCapacity = sourceLength + 1;
        source = (UChar *)malloc(sizeof(UChar) * (size_t)sourceCapacity);
        if (!source) return -1;
        u_strFromUTF32(source, sourceCapacity, &sourceLength, (const UChar32 *)input, count, &status);
    }
    if (U_FAILURE(status)) goto done;

    int32_t targetLength = unorm2_normalize(normalizer, source, sourceLength, target, targetCapacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        targetCapacity = targetLength + 1;
        target = (UChar *)malloc(sizeof(UChar) * (size_t)targetCapacity);
        if (!target) goto done;
        targetLength = unorm2_normalize(normalizer, source, sourceLength, target, targetCapacity, &status);
    }
    if (U_FAILURE(status)) goto done;

    int32_t written = 0;
    u_strToUTF32((UChar32 *)output, capacity, &written, target, targetLength, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || written > capacity) {
        result = -written - 2;
    } else if (U_SUCCESS(status) || status == U_STRING_NOT_TERMINATED_WARNING) {
        result = written;
    }

done:
    if (source != sourceStack) free(source);
    if (target != targetStack) free(target);
    return result;
}

int32_t runews_convert_to_utf8(const char *charset, const uint8_t *input, int32_t length,
                               uint8_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = ucnv_convert("UTF-8", charset, (char *)output, capacity, (const char *)input, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -written - 2;
    if (U_FAILURE(status)) return -1;
    return written;
}

int32_t runews_charset_canonical_name(const char *label, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(label, &status);
    if (U_FAILURE(status) || !converter) return 0;
    const char *name = ucnv_getName(converter, &status);
    int32_t length = U_SUCCESS(status) && name ? (int32_t)strlen(name) : 0;
    if (length == 0 || length >= capacity) { ucnv_close(converter); return 0; }
    memcpy(buffer, name, (size_t)length + 1);
    ucnv_close(converter);
    return length;
}
