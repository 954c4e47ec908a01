#include "VectorKernels.h"

// Products and sums stay two roundings on every target (arm64 would otherwise fuse them): the bits must
// not depend on the processor. Clang, which SwiftPM compiles C with, honours the pragma.
#pragma STDC FP_CONTRACT OFF

#define UNIT(p) (units ? (size_t)units[p] : (p))

void runews_add_scaled_rows_portable(float *out, size_t width, const float *x, const uint16_t *units,
                                     size_t count, const float *m, size_t stride) {
    // 32 outputs at a time, kept in registers while the rows stream past.
    for (size_t block = 0; block < width; block += 32) {
        float sum[32];
        for (size_t j = 0; j < 32; j++) sum[j] = out[block + j];
        for (size_t p = 0; p < count; p++) {
            const size_t u = UNIT(p);
            const float s = x[u];
            const float *row = m + u * stride + block;
            for (size_t j = 0; j < 32; j++) sum[j] = sum[j] + s * row[j];
        }
        for (size_t j = 0; j < 32; j++) out[block + j] = sum[j];
    }
}

size_t runews_active_units_portable(const float *values, size_t count, uint16_t *units, int positive_only) {
    // On the bits, which compile to no branch: != 0 is any bit but the sign's; > 0 is 1 ... +infinity.
    const uint32_t *bits = (const uint32_t *)values;
    size_t found = 0;
    for (size_t unit = 0; unit < count; unit++) {
        units[found] = (uint16_t)unit;
        const int keep = positive_only ? bits[unit] - 1u < 0x7F800000u : (bits[unit] & 0x7FFFFFFFu) != 0;
        found += keep;
    }
    return found;
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

#define ADD(k) a##k = _mm256_add_ps(a##k, _mm256_mul_ps(s, _mm256_loadu_ps(row + 8 * (k))))

__attribute__((target("avx")))
static void add_scaled_rows_avx(float *out, size_t width, const float *x, const uint16_t *units, size_t count,
                                const float *m, size_t stride) {
    size_t block = 0;
    // 64 outputs in eight registers, then a last 32 in four.
    for (; block + 64 <= width; block += 64) {
        float *o = out + block;
        __m256 a0 = _mm256_loadu_ps(o), a1 = _mm256_loadu_ps(o + 8), a2 = _mm256_loadu_ps(o + 16),
               a3 = _mm256_loadu_ps(o + 24), a4 = _mm256_loadu_ps(o + 32), a5 = _mm256_loadu_ps(o + 40),
               a6 = _mm256_loadu_ps(o + 48), a7 = _mm256_loadu_ps(o + 56);
        for (size_t p = 0; p < count; p++) {
            const size_t u = UNIT(p);
            const __m256 s = _mm256_set1_ps(x[u]);
            const float *row = m + u * stride + block;
            ADD(0); ADD(1); ADD(2); ADD(3); ADD(4); ADD(5); ADD(6); ADD(7);
        }
        _mm256_storeu_ps(o, a0); _mm256_storeu_ps(o + 8, a1); _mm256_storeu_ps(o + 16, a2);
        _mm256_storeu_ps(o + 24, a3); _mm256_storeu_ps(o + 32, a4); _mm256_storeu_ps(o + 40, a5);
        _mm256_storeu_ps(o + 48, a6); _mm256_storeu_ps(o + 56, a7);
    }
    for (; block < width; block += 32) {
        float *o = out + block;
        __m256 a0 = _mm256_loadu_ps(o), a1 = _mm256_loadu_ps(o + 8), a2 = _mm256_loadu_ps(o + 16),
               a3 = _mm256_loadu_ps(o + 24);
        for (size_t p = 0; p < count; p++) {
            const size_t u = UNIT(p);
            const __m256 s = _mm256_set1_ps(x[u]);
            const float *row = m + u * stride + block;
            ADD(0); ADD(1); ADD(2); ADD(3);
        }
        _mm256_storeu_ps(o, a0); _mm256_storeu_ps(o + 8, a1); _mm256_storeu_ps(o + 16, a2);
        _mm256_storeu_ps(o + 24, a3);
    }
}

__attribute__((target("avx")))
static size_t active_units_avx(const float *values, size_t count, uint16_t *units, int positive_only) {
    // Eight compares an instruction and their mask's set bits: the same units, in the same order.
    const __m256 zero = _mm256_setzero_ps();
    size_t found = 0;
    for (size_t block = 0; block < count; block += 8) {
        const __m256 v = _mm256_loadu_ps(values + block);
        const __m256 keep = positive_only ? _mm256_cmp_ps(v, zero, _CMP_GT_OQ) : _mm256_cmp_ps(v, zero, _CMP_NEQ_UQ);
        unsigned mask = (unsigned)_mm256_movemask_ps(keep);
        while (mask) {
            units[found++] = (uint16_t)(block + (size_t)__builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return found;
}

/// AVX in the processor and its registers saved by the operating system (OSXSAVE, then XCR0's SSE and AVX bits).
static int processor_has_avx(void) {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    if (!(ecx & bit_AVX) || !(ecx & bit_OSXSAVE)) return 0;
    unsigned low, high;
    __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return (low & 6) == 6;
}

// 0 not yet asked, 1 portable, 2 AVX. Asked once: CPUID traps to the hypervisor on a virtual machine.
static int chosen_path;

int runews_vector_kernels_use_avx(void) {
    int path = __atomic_load_n(&chosen_path, __ATOMIC_RELAXED);
    if (path == 0) {
        path = processor_has_avx() ? 2 : 1;
        __atomic_store_n(&chosen_path, path, __ATOMIC_RELAXED);
    }
    return path == 2;
}

void runews_add_scaled_rows(float *out, size_t width, const float *x, const uint16_t *units, size_t count,
                            const float *m, size_t stride) {
    if (runews_vector_kernels_use_avx()) add_scaled_rows_avx(out, width, x, units, count, m, stride);
    else runews_add_scaled_rows_portable(out, width, x, units, count, m, stride);
}

size_t runews_active_units(const float *values, size_t count, uint16_t *units, int positive_only) {
    if (runews_vector_kernels_use_avx()) return active_units_avx(values, count, units, positive_only);
    return runews_active_units_portable(values, count, units, positive_only);
}

#else

int runews_vector_kernels_use_avx(void) { return 0; }

void runews_add_scaled_rows(float *out, size_t width, const float *x, const uint16_t *units, size_t count,
                            const float *m, size_t stride) {
    runews_add_scaled_rows_portable(out, width, x, units, count, m, stride);
}

size_t runews_active_units(const float *values, size_t count, uint16_t *units, int positive_only) {
    return runews_active_units_portable(values, count, units, positive_only);
}

#endif
