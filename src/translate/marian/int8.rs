//! 8-bit linear layers for the quantized path: each weight row (one output) is stored as i8
//! with one f32 scale (its largest magnitude / 127, as CTranslate2's int8), each activation
//! row is quantized the same way on the fly, and the dot products run on i8 pairs summed in
//! i32 over the whole row, then scaled back to f32. Three kernels give the same integers: AVX-512
//! VNNI `vpdpbusd` (one instruction per 64 products, activations shifted to u8 and the shift
//! taken back with each weight row's precomputed sum), AVX2 `maddubs`, and a plain loop
//! elsewhere. Output columns are spread over rayon's threads when the product is large enough
//! to pay for it.
//!
//! Why not candle's `Q8_0` kernels: they convert and scale every block of 32 products to f32;
//! one scale per row keeps the sums in integers (measured in BENCHMARKS.md, "Local neural
//! (Marian)").

use candle_core::{Result, Tensor};
use rayon::prelude::*;

/// A linear layer `y = x Wᵀ + b` with `W` in 8 bits.
#[derive(Debug, Clone)]
pub struct Int8Linear {
    /// Outputs (rows of `W`).
    n: usize,
    /// Inputs (columns of `W`).
    k: usize,
    /// `W` row by row, `n × k`.
    w: Vec<i8>,
    /// One scale per row of `W`.
    scale: Vec<f32>,
    /// Σ of each row's i8 weights per activation group (`n × k / group`): the VNNI kernel's
    /// correction for activations shifted by 128.
    group_sums: Vec<i32>,
    bias: Option<Vec<f32>>,
    kernel: Kernel,
}

/// The dot-product loop a layer runs; every kernel gives the same integer sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// Portable Rust.
    Plain,
    /// AVX2 `vpmaddubsw` / `vpmaddwd` (32 products a step, inputs multiple of 32).
    Avx2,
    /// AVX-512 VNNI `vpdpbusd` (64 products a step, inputs multiple of 64).
    Vnni,
}

impl Kernel {
    /// The kernels this CPU can run, slowest first.
    pub fn available() -> Vec<Kernel> {
        let mut kernels = vec![Kernel::Plain];
        #[cfg(target_arch = "x86_64")]
        {
            if is_x86_feature_detected!("avx2") {
                kernels.push(Kernel::Avx2);
            }
            if is_x86_feature_detected!("avx512f")
                && is_x86_feature_detected!("avx512bw")
                && is_x86_feature_detected!("avx512vnni")
            {
                kernels.push(Kernel::Vnni);
            }
        }
        kernels
    }

    /// The fastest kernel this CPU runs.
    pub fn fastest() -> Kernel {
        static FASTEST: std::sync::OnceLock<Kernel> = std::sync::OnceLock::new();
        *FASTEST.get_or_init(|| *Kernel::available().last().unwrap_or(&Kernel::Plain))
    }

    /// `"plain"`, `"avx2"`, `"vnni"`.
    pub fn from_name(name: &str) -> Option<Kernel> {
        match name {
            "plain" => Some(Kernel::Plain),
            "avx2" => Some(Kernel::Avx2),
            "vnni" => Some(Kernel::Vnni),
            _ => None,
        }
    }
}

/// Products below this many multiply-adds run on the calling thread.
const PARALLEL_WORK: usize = 1 << 20;
/// Weight rows per parallel work item.
const ROWS_PER_ITEM: usize = 64;

/// Inputs sharing one activation scale: 512 (the width of a Marian model's hidden states; the
/// 2048-wide input of the second feed-forward layer gets four scales, which keeps its
/// post-activation outliers from flattening the rest), or the whole row when it is not a
/// multiple of 512.
fn group_width(k: usize) -> usize {
    const GROUP: usize = 512;
    if k.is_multiple_of(GROUP) {
        GROUP
    } else {
        k
    }
}

/// Quantizes one row: (i8 values, scale) with `x ≈ q × scale`.
fn quantize_row(x: &[f32], q: &mut [i8]) -> f32 {
    let max = x.iter().fold(0f32, |m, v| m.max(v.abs()));
    if max == 0.0 || !max.is_finite() {
        q.fill(0);
        return if max.is_finite() { 0.0 } else { f32::NAN };
    }
    let scale = max / 127.0;
    let inv = 127.0 / max;
    for (q, &v) in q.iter_mut().zip(x) {
        // Round half away from zero without a call to `roundf` (|v · inv| ≤ 127).
        let y = v * inv;
        *q = (y + 0.5f32.copysign(y)) as i8;
    }
    scale
}

impl Int8Linear {
    /// Quantizes `weight` `[n, k]` (f32); `bias` `[n]` stays f32. Runs `kernel`, which must be
    /// one the CPU has (see [`Kernel::available`]); where the width does not suit it, a slower
    /// one runs.
    pub fn with_kernel(weight: &Tensor, bias: Option<&Tensor>, kernel: Kernel) -> Result<Self> {
        if !Kernel::available().contains(&kernel) {
            candle_core::bail!("int8 kernel {kernel:?} is not supported by this CPU");
        }
        let (n, k) = weight.dims2()?;
        let values = weight.flatten_all()?.to_vec1::<f32>()?;
        let mut w = vec![0i8; n * k];
        let scale = values
            .chunks(k)
            .zip(w.chunks_mut(k))
            .map(|(row, q)| quantize_row(row, q))
            .collect();
        let bias = bias
            .map(|b| b.flatten_all()?.to_vec1::<f32>())
            .transpose()?;
        let group = group_width(k);
        let group_sums = w
            .chunks(group)
            .map(|g| g.iter().map(|&v| i32::from(v)).sum())
            .collect();
        // The widths each kernel steps by: VNNI 64 inputs, AVX2 32; else the next slower one.
        let kernel = match kernel {
            Kernel::Vnni if group.is_multiple_of(64) => Kernel::Vnni,
            Kernel::Vnni | Kernel::Avx2 if group.is_multiple_of(32) => Kernel::Avx2,
            _ => Kernel::Plain,
        };
        Ok(Int8Linear {
            n,
            k,
            w,
            scale,
            group_sums,
            bias,
            kernel,
        })
    }

    /// Row `i` of `W`, dequantized (the embedding lookup of a tied output projection).
    pub fn row(&self, i: usize) -> impl Iterator<Item = f32> + '_ {
        let s = self.scale[i];
        self.w[i * self.k..(i + 1) * self.k]
            .iter()
            .map(move |&q| f32::from(q) * s)
    }

    /// Rows of `W` for the ids `[...]` → `[..., k]`, dequantized.
    pub fn embedding(&self, ids: &Tensor) -> Result<Tensor> {
        let mut dims = ids.dims().to_vec();
        let ids = ids.flatten_all()?.to_vec1::<u32>()?;
        let mut out = Vec::with_capacity(ids.len() * self.k);
        for &id in &ids {
            let id = id as usize;
            if id >= self.n {
                candle_core::bail!("embedding id {id} outside the vocabulary of {}", self.n);
            }
            out.extend(self.row(id));
        }
        dims.push(self.k);
        Tensor::from_vec(out, dims, &candle_core::Device::Cpu)
    }

    /// Bytes held.
    pub fn size_in_bytes(&self) -> usize {
        self.w.len()
            + 4 * (self.scale.len()
                + self.group_sums.len()
                + self.bias.as_ref().map_or(0, Vec::len))
    }

    /// `xs` `[..., k]` → `[..., n]`.
    pub fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let mut dims = xs.dims().to_vec();
        let Some(&k) = dims.last() else {
            candle_core::bail!("int8 linear: a scalar input");
        };
        if k != self.k {
            candle_core::bail!("int8 linear: input width {k}, weights {}", self.k);
        }
        let x = xs.flatten_all()?.to_vec1::<f32>()?;
        let m = x.len() / k;
        let group = group_width(k);
        let mut xq = vec![0i8; m * k];
        // One scale per group of `group` inputs (row i's groups at i · k / group ..).
        let xs_scale: Vec<f32> = x
            .chunks(group)
            .zip(xq.chunks_mut(group))
            .map(|(g, q)| quantize_row(g, q))
            .collect();
        // The VNNI kernel multiplies unsigned by signed bytes: activations shifted by 128.
        let xu: Vec<u8> = if self.kernel == Kernel::Vnni {
            xq.iter().map(|&q| (q as u8) ^ 0x80).collect()
        } else {
            Vec::new()
        };
        let mut out = vec![0f32; m * self.n];
        // Work item: a band of weight rows (output columns) against every input row; the
        // results are written column-band by column-band into a transposed buffer, then laid
        // out row-major.
        let mut t = vec![0f32; self.n * m];
        let band = |(b, dst): (usize, &mut [f32])| {
            let first = b * ROWS_PER_ITEM;
            let rows = dst.len() / m.max(1);
            self.band(first, rows, &xq, &xu, &xs_scale, m, dst);
        };
        // With one thread, handing the work to rayon's pool only adds a wake-up and a sleep
        // per product (the calling thread is not one of the pool's).
        if m * self.n * k >= PARALLEL_WORK && rayon::current_num_threads() > 1 {
            t.par_chunks_mut(ROWS_PER_ITEM * m)
                .enumerate()
                .for_each(band);
        } else {
            t.chunks_mut(ROWS_PER_ITEM * m).enumerate().for_each(band);
        }
        for (j, col) in t.chunks(m).enumerate() {
            let bias = self.bias.as_ref().map_or(0.0, |b| b[j]);
            for (i, &v) in col.iter().enumerate() {
                out[i * self.n + j] = v + bias;
            }
        }
        dims.pop();
        dims.push(self.n);
        Tensor::from_vec(out, dims, xs.device())
    }

    /// Weight rows `first..first + rows` against all `m` input rows (`xq`, and shifted to
    /// u8 in `xu` for the VNNI kernel), into `dst` (`rows × m`, weight-row major), scales
    /// applied.
    #[allow(clippy::too_many_arguments)]
    fn band(
        &self,
        first: usize,
        rows: usize,
        xq: &[i8],
        xu: &[u8],
        xs: &[f32],
        m: usize,
        dst: &mut [f32],
    ) {
        let k = self.k;
        let group = group_width(k);
        let w = &self.w[first * k..(first + rows) * k];
        #[cfg(target_arch = "x86_64")]
        match self.kernel {
            Kernel::Vnni => {
                let groups = k / group;
                let sums = &self.group_sums[first * groups..(first + rows) * groups];
                // SAFETY: the kernel was checked against the CPU's features when the layer
                // was made; slices are in bounds by construction (`w` is rows × k, `sums`
                // rows × groups, `xu` m × k, `xs` m × groups, `dst` rows × m).
                unsafe { vnni::band(w, sums, rows, xu, xs, m, k, group, dst) };
                return self.scale_band(first, rows, m, dst);
            }
            Kernel::Avx2 => {
                // SAFETY: as above (`xq` is m × k).
                unsafe { avx2::band(w, rows, xq, xs, m, k, group, dst) };
                return self.scale_band(first, rows, m, dst);
            }
            Kernel::Plain => {}
        }
        let groups = k / group;
        for r in 0..rows {
            let wr = &w[r * k..(r + 1) * k];
            for i in 0..m {
                let xr = &xq[i * k..(i + 1) * k];
                let mut sum = 0f32;
                for g in 0..groups {
                    let span = g * group..(g + 1) * group;
                    let dot: i32 = wr[span.clone()]
                        .iter()
                        .zip(&xr[span])
                        .map(|(&a, &b)| i32::from(a) * i32::from(b))
                        .sum();
                    sum += dot as f32 * xs[i * groups + g];
                }
                dst[r * m + i] = sum;
            }
        }
        self.scale_band(first, rows, m, dst)
    }

    fn scale_band(&self, first: usize, rows: usize, m: usize, dst: &mut [f32]) {
        for r in 0..rows {
            let ws = self.scale[first + r];
            for v in &mut dst[r * m..(r + 1) * m] {
                *v *= ws;
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod avx2 {
    use std::arch::x86_64::*;

    /// Horizontal sum of eight i32 lanes.
    #[target_feature(enable = "avx2")]
    unsafe fn hsum(v: __m256i) -> i32 {
        let lo = _mm256_castsi256_si128(v);
        let hi = _mm256_extracti128_si256(v, 1);
        let s = _mm_add_epi32(lo, hi);
        let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b01_00_11_10));
        let s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0b10_11_00_01));
        _mm_cvtsi128_si32(s)
    }

    /// Σ a·b over 32 i8 pairs per step: |x| (u8) times w with x's sign (i8) in `maddubs`
    /// (each pair ≤ 2·127² fits in i16), then pairs summed to i32. Four weight rows against
    /// two input rows at a time (eight accumulators), so that each load serves several
    /// products. `k` must be a multiple of 32.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx2")]
    pub unsafe fn band(
        w: &[i8],
        rows: usize,
        xq: &[i8],
        xs: &[f32],
        m: usize,
        k: usize,
        group: usize,
        dst: &mut [f32],
    ) {
        debug_assert!(group.is_multiple_of(32) && k.is_multiple_of(group));
        debug_assert!(w.len() >= rows * k && xq.len() >= m * k);
        let ones = _mm256_set1_epi16(1);
        let groups = k / group;
        let per_group = group / 32;
        let ld = |p: *const i8, b: usize| _mm256_loadu_si256(p.add(b * 32) as *const __m256i);
        let mac = |acc: __m256i, ax: __m256i, xv: __m256i, wv: __m256i| {
            let p = _mm256_maddubs_epi16(ax, _mm256_sign_epi8(wv, xv));
            _mm256_add_epi32(acc, _mm256_madd_epi16(p, ones))
        };
        let mut r = 0;
        while r < rows {
            // Rows past the band repeat its last row (computed, not stored).
            let take = (rows - r).min(4);
            let wp = |j: usize| w.as_ptr().add((r + j.min(take - 1)) * k);
            let (w0, w1, w2, w3) = (wp(0), wp(1), wp(2), wp(3));
            let mut i = 0;
            while i < m {
                let two = i + 1 < m;
                let x0 = xq.as_ptr().add(i * k);
                let x1 = if two {
                    xq.as_ptr().add((i + 1) * k)
                } else {
                    x0
                };
                let mut sum0 = [0f32; 4];
                let mut sum1 = [0f32; 4];
                for g in 0..groups {
                    let z = _mm256_setzero_si256();
                    let (mut a00, mut a01, mut a02, mut a03) = (z, z, z, z);
                    let (mut a10, mut a11, mut a12, mut a13) = (z, z, z, z);
                    for b in g * per_group..(g + 1) * per_group {
                        let xv0 = ld(x0, b);
                        let ax0 = _mm256_sign_epi8(xv0, xv0);
                        let xv1 = ld(x1, b);
                        let ax1 = _mm256_sign_epi8(xv1, xv1);
                        let wv = ld(w0, b);
                        a00 = mac(a00, ax0, xv0, wv);
                        a10 = mac(a10, ax1, xv1, wv);
                        let wv = ld(w1, b);
                        a01 = mac(a01, ax0, xv0, wv);
                        a11 = mac(a11, ax1, xv1, wv);
                        let wv = ld(w2, b);
                        a02 = mac(a02, ax0, xv0, wv);
                        a12 = mac(a12, ax1, xv1, wv);
                        let wv = ld(w3, b);
                        a03 = mac(a03, ax0, xv0, wv);
                        a13 = mac(a13, ax1, xv1, wv);
                    }
                    let s0 = xs[i * groups + g];
                    let s1 = if two { xs[(i + 1) * groups + g] } else { 0.0 };
                    for (j, a) in [a00, a01, a02, a03].into_iter().enumerate() {
                        sum0[j] += hsum(a) as f32 * s0;
                    }
                    for (j, a) in [a10, a11, a12, a13].into_iter().enumerate() {
                        sum1[j] += hsum(a) as f32 * s1;
                    }
                }
                for j in 0..take {
                    dst[(r + j) * m + i] = sum0[j];
                    if two {
                        dst[(r + j) * m + i + 1] = sum1[j];
                    }
                }
                i += 2;
            }
            r += take;
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod vnni {
    use std::arch::x86_64::*;

    /// Σ a·b over 64 products per `vpdpbusd`, activations as u8 (`x + 128`), weights as i8;
    /// `128 · Σw` is taken back per group. Four weight rows against up to four input rows at
    /// a time (sixteen accumulators), so that each load serves several products. `group` must
    /// be a multiple of 64.
    #[allow(clippy::too_many_arguments)]
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    pub unsafe fn band(
        w: &[i8],
        sums: &[i32],
        rows: usize,
        xu: &[u8],
        xs: &[f32],
        m: usize,
        k: usize,
        group: usize,
        dst: &mut [f32],
    ) {
        debug_assert!(group.is_multiple_of(64) && k.is_multiple_of(group));
        debug_assert!(w.len() >= rows * k && xu.len() >= m * k && dst.len() >= rows * m);
        let groups = k / group;
        let mut r = 0;
        while r < rows {
            // Rows past the band repeat its last row (computed, not stored).
            let take = (rows - r).min(4);
            let row = |j: usize| r + j.min(take - 1);
            let wp = [0, 1, 2, 3].map(|j| w.as_ptr().add(row(j) * k));
            let ws = [0, 1, 2, 3].map(|j| &sums[row(j) * groups..(row(j) + 1) * groups]);
            let mut i = 0;
            while i < m {
                let inputs = (m - i).min(4);
                let sum = match inputs {
                    4 => block::<4>(wp, ws, xu, xs, i, k, group),
                    3 => block::<3>(wp, ws, xu, xs, i, k, group),
                    2 => block::<2>(wp, ws, xu, xs, i, k, group),
                    _ => block::<1>(wp, ws, xu, xs, i, k, group),
                };
                for (j, sum) in sum.iter().enumerate().take(take) {
                    for (t, &v) in sum.iter().enumerate().take(inputs) {
                        dst[(r + j) * m + i + t] = v;
                    }
                }
                i += inputs;
            }
            r += take;
        }
    }

    /// Four weight rows (`wp`, their group sums `ws`) against input rows `i..i + T`: the
    /// scaled sums `[row][input]` (unused inputs stay 0).
    #[inline]
    #[target_feature(enable = "avx512f,avx512bw,avx512vnni")]
    unsafe fn block<const T: usize>(
        wp: [*const i8; 4],
        ws: [&[i32]; 4],
        xu: &[u8],
        xs: &[f32],
        i: usize,
        k: usize,
        group: usize,
    ) -> [[f32; 4]; 4] {
        let groups = k / group;
        let mut xp = [xu.as_ptr(); T];
        for (t, p) in xp.iter_mut().enumerate() {
            *p = xu.as_ptr().add((i + t) * k);
        }
        let mut out = [[0f32; 4]; 4];
        for g in 0..groups {
            let mut acc = [[_mm512_setzero_si512(); T]; 4];
            let mut at = g * group;
            while at < (g + 1) * group {
                let mut xv = [_mm512_setzero_si512(); T];
                for t in 0..T {
                    xv[t] = _mm512_loadu_si512(xp[t].add(at) as *const __m512i);
                }
                for j in 0..4 {
                    let wv = _mm512_loadu_si512(wp[j].add(at) as *const __m512i);
                    for t in 0..T {
                        acc[j][t] = _mm512_dpbusd_epi32(acc[j][t], xv[t], wv);
                    }
                }
                at += 64;
            }
            for j in 0..4 {
                let shift = 128 * ws[j][g];
                for t in 0..T {
                    let dot = _mm512_reduce_add_epi32(acc[j][t]) - shift;
                    out[j][t] += dot as f32 * xs[(i + t) * groups + g];
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Module};

    /// Standard normal values of `shape` from a seeded generator (Box-Muller), so the test
    /// sees the same numbers on every run: candle's CPU `randn` cannot be seeded, and its rare
    /// tail draws made the error bound below fail now and then (a 13x512x130 product off by
    /// 1.21 against a bound of 1.13, in session 12).
    fn seeded_normal(rng: &mut fastrand::Rng, shape: &[usize], dev: &Device) -> Tensor {
        let count = shape.iter().product();
        let values: Vec<f32> = (0..count)
            .map(|_| {
                let (u, v) = (1.0 - rng.f32(), rng.f32());
                (-2.0 * u.ln()).sqrt() * (std::f32::consts::TAU * v).cos()
            })
            .collect();
        Tensor::from_vec(values, shape, dev).unwrap()
    }

    #[test]
    fn matches_f32_within_quantization_error_and_the_plain_loop() {
        let dev = Device::Cpu;
        let mut rng = fastrand::Rng::with_seed(18);
        for (m, k, n) in [
            (1, 64, 70),
            (3, 100, 5),
            (13, 512, 130),
            (2, 32, 1),
            (5, 2048, 9),
        ] {
            let w = seeded_normal(&mut rng, &[n, k], &dev);
            let b = seeded_normal(&mut rng, &[n], &dev);
            let x = seeded_normal(&mut rng, &[m, 1, k], &dev);
            let want = candle_nn::Linear::new(w.clone(), Some(b.clone()))
                .forward(&x)
                .unwrap();
            let q = Int8Linear::with_kernel(&w, Some(&b), Kernel::fastest()).unwrap();
            let got = q.forward(&x).unwrap();
            assert_eq!(got.dims(), want.dims());
            let err = (&got - &want)
                .unwrap()
                .abs()
                .unwrap()
                .max_all()
                .unwrap()
                .to_scalar::<f32>()
                .unwrap();
            // Each product is off by at most half a step of each factor.
            assert!(err < 0.05 * (k as f32).sqrt(), "{m}x{k}x{n}: {err}");
            if group_width(k) != k {
                continue;
            }
            // The integer sums are the exact dot products of the quantized rows.
            let x2 = x.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            let got = got.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            let bias = b.to_vec1::<f32>().unwrap();
            let mut xq = vec![0i8; m * k];
            let xs: Vec<f32> = x2
                .chunks(k)
                .zip(xq.chunks_mut(k))
                .map(|(r, q)| quantize_row(r, q))
                .collect();
            for j in 0..n {
                for i in 0..m {
                    let dot: i32 = (0..k)
                        .map(|c| i32::from(q.w[j * k + c]) * i32::from(xq[i * k + c]))
                        .sum();
                    let v = got[i * n + j];
                    let expect = dot as f32 * xs[i] * q.scale[j] + bias[j];
                    assert!(
                        (v - expect).abs() <= 1e-3 * expect.abs().max(1.0),
                        "{v} {expect}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_kernel_the_cpu_runs_gives_the_plain_loops_results_bit_for_bit() {
        let dev = Device::Cpu;
        let kernels = Kernel::available();
        assert_eq!(kernels[0], Kernel::Plain);
        // Widths for each kernel and for the fall-backs (96: AVX2 but not VNNI; 100: neither),
        // input rows covering every block size (1-4 and their mixes), rows not a multiple of 4.
        for (m, k, n) in [
            (1, 64, 70),
            (2, 96, 7),
            (3, 100, 5),
            (6, 128, 9),
            (7, 512, 131),
            (13, 512, 130),
            (5, 2048, 66),
        ] {
            let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
            let b = Tensor::randn(0f32, 1.0, n, &dev).unwrap();
            // Large enough for the parallel path at the widest shape, with extreme values.
            let x = (Tensor::randn(0f32, 1.0, (m, k), &dev).unwrap() * 3.0).unwrap();
            let run = |kernel| {
                Int8Linear::with_kernel(&w, Some(&b), kernel)
                    .unwrap()
                    .forward(&x)
                    .unwrap()
                    .flatten_all()
                    .unwrap()
                    .to_vec1::<f32>()
                    .unwrap()
            };
            let plain = run(Kernel::Plain);
            for &kernel in &kernels[1..] {
                assert_eq!(run(kernel), plain, "{kernel:?} at {m}x{k}x{n}");
            }
        }
    }

    #[test]
    fn a_kernel_the_width_does_not_suit_falls_back_to_a_slower_one() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (3, 96), &dev).unwrap();
        let fastest = Kernel::fastest();
        let layer = Int8Linear::with_kernel(&w, None, fastest).unwrap();
        let expected = if fastest == Kernel::Plain {
            Kernel::Plain
        } else {
            Kernel::Avx2
        };
        assert_eq!(layer.kernel, expected);
        let w = Tensor::randn(0f32, 1.0, (3, 100), &dev).unwrap();
        let layer = Int8Linear::with_kernel(&w, None, fastest).unwrap();
        assert_eq!(layer.kernel, Kernel::Plain);
    }

    #[test]
    fn embedding_rows_are_the_dequantized_weights() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (10, 64), &dev).unwrap();
        let q = Int8Linear::with_kernel(&w, None, Kernel::fastest()).unwrap();
        let ids = Tensor::new(&[[3u32, 7]], &dev).unwrap();
        let e = q.embedding(&ids).unwrap();
        assert_eq!(e.dims(), &[1, 2, 64]);
        let want = w.get(7).unwrap().to_vec1::<f32>().unwrap();
        let got = e.get(0).unwrap().get(1).unwrap().to_vec1::<f32>().unwrap();
        for (a, b) in want.iter().zip(&got) {
            assert!((a - b).abs() < 0.02, "{a} {b}");
        }
        assert!(q.embedding(&Tensor::new(&[10u32], &dev).unwrap()).is_err());
    }
}
