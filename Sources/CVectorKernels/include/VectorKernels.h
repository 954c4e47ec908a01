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

/// The indices of `values[0..<count]` that are non-zero (NaN counted), or with `positive_only` above zero
/// (+infinity counted, NaN not), into `units` in order; returns how many. `count` is a multiple of 8. The
/// layers after ReLU loop over these instead of branching on every value, a coin toss the processor
/// mispredicts half the time; with AVX, eight compares an instruction and the set bits of their mask.
size_t runews_active_units(const float *_Nonnull values, size_t count, uint16_t *_Nonnull units, int positive_only);

/// The portable loop alone, whatever the processor: for tests that both paths agree.
size_t runews_active_units_portable(const float *_Nonnull values, size_t count, uint16_t *_Nonnull units, int positive_only);

/// Whether `runews_add_scaled_rows` and `runews_active_units` take the AVX path on this processor.
int runews_vector_kernels_use_avx(void);

#endif
