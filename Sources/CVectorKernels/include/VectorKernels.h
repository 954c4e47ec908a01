#ifndef RUNEWS_VECTOR_KERNELS_H
#define RUNEWS_VECTOR_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// out[j] += Σₚ x[u] · m[u · stride + j] for j < width, over p < count in order, where u = units[p], or p
/// when `units` is NULL: the dense loop of the tagger's network (a spelling's word part, the second
/// convolution over the inputs ReLU left non-zero). `width` is a multiple of 32.
///
/// Every product and every sum is rounded on its own (no fused multiply-add), in the same order on every
/// path, so the result has the same bits on every processor: the tagger's labels do not depend on it.
/// On x86-64 processors with AVX the rows are added eight floats an instruction (chosen once, by CPUID);
/// elsewhere the portable loop runs, which the compiler vectorises for the target's own registers.
void runews_add_scaled_rows(float *_Nonnull out, size_t width, const float *_Nonnull x,
                            const uint16_t *_Nullable units, size_t count, const float *_Nonnull m, size_t stride);

/// The portable loop alone, whatever the processor: for tests that both paths agree.
void runews_add_scaled_rows_portable(float *_Nonnull out, size_t width, const float *_Nonnull x,
                                     const uint16_t *_Nullable units, size_t count, const float *_Nonnull m,
                                     size_t stride);

/// Whether `runews_add_scaled_rows` takes the AVX path on this processor.
int runews_vector_kernels_use_avx(void);

#endif
