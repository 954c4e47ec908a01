import CVectorKernels
import Testing

/// The network's dense loop: what it computes, and the same bits on the AVX path as on the portable one.
@Suite struct VectorKernelTests {
    /// Values of all magnitudes and signs, and zeros, from a fixed linear congruential sequence.
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let bits = UInt32(truncatingIfNeeded: state >> 32)
            return bits % 7 == 0 ? 0 : Float(Int32(bitPattern: bits) >> 8) * 0x1p-20 * Float(1 + bits % 5)
        }
    }

    @Test(arguments: [(32, 5), (64, 64), (192, 64), (96, 17)])
    func addsScaledRowsInOrder(width: Int, count: Int) {
        let stride = width + 32
        let x = Self.values(count, seed: 1), m = Self.values(count * stride, seed: 2), start = Self.values(width, seed: 3)
        let units: [UInt16] = (0..<count).filter { $0 % 3 != 1 }.map { UInt16($0) }
        for useUnits in [false, true] {
            // The sum as the tagger's tool adds it: the start, then each row's products in order.
            var expected = start
            for unit in useUnits ? units.map(Int.init) : Array(0..<count) {
                for j in 0..<width { expected[j] = expected[j] + x[unit] * m[unit * stride + j] }
            }
            var chosen = start, portable = start
            let n = useUnits ? units.count : count
            units.withUnsafeBufferPointer { unitBuffer in
                let pointer = useUnits ? unitBuffer.baseAddress : nil
                runews_add_scaled_rows(&chosen, width, x, pointer, n, m, stride)
                runews_add_scaled_rows_portable(&portable, width, x, pointer, n, m, stride)
            }
            #expect(chosen.map(\.bitPattern) == expected.map(\.bitPattern), "AVX: \(runews_vector_kernels_use_avx())")
            #expect(portable.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    /// The units ReLU left: non-zero (NaN counted, signed zeros not) or above zero (+infinity counted, NaN
    /// and denormals' signs read as they are), in order, the same on both paths.
    @Test func findsActiveUnitsInOrder() {
        var values = Self.values(96, seed: 4)
        values[3] = -0.0
        values[5] = .nan
        values[8] = .infinity
        values[9] = -.infinity
        values[10] = Float.leastNonzeroMagnitude
        values[11] = -Float.leastNonzeroMagnitude
        for positiveOnly in [false, true] {
            let expected = values.indices.filter { positiveOnly ? values[$0] > 0 : !(values[$0] == 0) }.map { UInt16($0) }
            var chosen = [UInt16](repeating: 0, count: values.count), portable = chosen
            let found = runews_active_units(values, values.count, &chosen, positiveOnly ? 1 : 0)
            let foundPortably = runews_active_units_portable(values, values.count, &portable, positiveOnly ? 1 : 0)
            #expect(Array(chosen[..<found]) == expected, "AVX: \(runews_vector_kernels_use_avx()), positive only: \(positiveOnly)")
            #expect(Array(portable[..<foundPortably]) == expected)
        }
    }
}
