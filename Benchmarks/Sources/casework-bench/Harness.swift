#if canImport(Glibc)
import Glibc
#endif

/// A small timing harness: runs a body many times and reports the median, min, max and p99 in microseconds.
struct Measurement {
    var name: String
    var samples: [Double]  // microseconds

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    var median: Double {
        let sorted = samples.sorted()
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// One tab-separated line that Benchmarks/bench.py reads: name, count, median, min, max, p99 (µs).
    var line: String {
        let values = [median, samples.min() ?? .nan, samples.max() ?? .nan, percentile(0.99)]
        return (["RESULT", name, String(samples.count)] + values.map { String(format3($0)) }).joined(separator: "\t")
    }
}

func format3(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return String(scaled)
}

/// CPU time of this thread: what the code itself cost, without the time the scheduler gave the other
/// core's work (on a shared 2-core machine wall-clock p99s are mostly preemptions of 4 ms).
func threadCPUMicroseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1_000_000 + Double(time.tv_nsec) / 1000
}

func nowMicroseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) * 1_000_000 + Double(time.tv_nsec) / 1000
}

/// Times `body` `iterations` times after `warmup` untimed runs; `setup` runs untimed before each run.
@discardableResult
func measure(
    _ name: String, iterations: Int, warmup: Int = 3, setup: () throws -> Void = {}, _ body: () throws -> Void
) throws -> Measurement {
    for _ in 0..<warmup {
        try setup()
        try body()
    }
    var samples: [Double] = []
    var cpu: [Double] = []
    samples.reserveCapacity(iterations)
    cpu.reserveCapacity(iterations)
    for _ in 0..<iterations {
        try setup()
        let start = nowMicroseconds()
        let startCPU = threadCPUMicroseconds()
        try body()
        cpu.append(threadCPUMicroseconds() - startCPU)
        samples.append(nowMicroseconds() - start)
    }
    let result = Measurement(name: name, samples: samples)
    print(result.line)
    print(Measurement(name: name + " [cpu]", samples: cpu).line)
    fflush(nil)
    return result
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
