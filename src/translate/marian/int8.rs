//! 8-bit linear layers for the quantized path: each weight row (one output) is stored as i8
//! with one f32 scale (its largest magnitude / 127, as CTranslate2's int8), each activation
//! row is quantized the same way on the fly, and the dot products run on i8 pairs summed in
//! i32 over the whole row (AVX2 `maddubs`, where the CPU has it; a plain loop elsewhere),
//! then scaled back to f32. Output columns are spread over rayon's threads when the product
//! is large enough to pay for it.
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
    bias: Option<Vec<f32>>,
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
    if k % GROUP == 0 {
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
    /// Quantizes `weight` `[n, k]` (f32); `bias` `[n]` stays f32.
    pub fn new(weight: &Tensor, bias: Option<&Tensor>) -> Result<Self> {
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
        Ok(Int8Linear {
            n,
            k,
            w,
            scale,
            bias,
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
        self.w.len() + 4 * (self.scale.len() + self.bias.as_ref().map_or(0, Vec::len))
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
        let mut out = vec![0f32; m * self.n];
        // Work item: a band of weight rows (output columns) against every input row; the
        // results are written column-band by column-band into a transposed buffer, then laid
        // out row-major.
        let mut t = vec![0f32; self.n * m];
        let band = |(b, dst): (usize, &mut [f32])| {
            let first = b * ROWS_PER_ITEM;
            let rows = dst.len() / m.max(1);
            self.band(first, rows, &xq, &xs_scale, m, dst);
        };
        if m * self.n * k >= PARALLEL_WORK {
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

    /// Weight rows `first..first + rows` against all `m` input rows, into `dst`
    /// (`rows × m`, weight-row major), scales applied.
    fn band(&self, first: usize, rows: usize, xq: &[i8], xs: &[f32], m: usize, dst: &mut [f32]) {
        let k = self.k;
        let group = group_width(k);
        let w = &self.w[first * k..(first + rows) * k];
        #[cfg(target_arch = "x86_64")]
        {
            if group % 32 == 0 && is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 is present (checked above); slices are in bounds by
                // construction (`w` is rows × k, `xq` is m × k, `xs` is m × k / group,
                // `dst` is rows × m).
                unsafe { avx2::band(w, rows, xq, xs, m, k, group, dst) };
                return self.scale_band(first, rows, m, dst);
            }
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
        debug_assert!(group % 32 == 0 && k % group == 0);
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

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Module};

    #[test]
    fn matches_f32_within_quantization_error_and_the_plain_loop() {
        let dev = Device::Cpu;
        for (m, k, n) in [
            (1, 64, 70),
            (3, 100, 5),
            (13, 512, 130),
            (2, 32, 1),
            (5, 2048, 9),
        ] {
            let w = Tensor::randn(0f32, 1.0, (n, k), &dev).unwrap();
            let b = Tensor::randn(0f32, 1.0, n, &dev).unwrap();
            let x = Tensor::randn(0f32, 1.0, (m, 1, k), &dev).unwrap();
            let want = candle_nn::Linear::new(w.clone(), Some(b.clone()))
                .forward(&x)
                .unwrap();
            let q = Int8Linear::new(&w, Some(&b)).unwrap();
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
            // The SIMD and plain loops give the same integers.
            let x2 = x.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            let mut xq = vec![0i8; m * k];
            let xs: Vec<f32> = x2
                .chunks(k)
                .zip(xq.chunks_mut(k))
                .map(|(r, q)| quantize_row(r, q))
                .collect();
            let _ = xs;
            for j in 0..n {
                for i in 0..m {
                    let dot: i32 = (0..k)
                        .map(|c| i32::from(q.w[j * k + c]) * i32::from(xq[i * k + c]))
                        .sum();
                    let v = got.flatten_all().unwrap().to_vec1::<f32>().unwrap()[i * n + j];
                    let expect = dot as f32
                        * q.scale[j]
                        * quantize_row(&x2[i * k..(i + 1) * k], &mut vec![0; k])
                        + b.to_vec1::<f32>().unwrap()[j];
                    assert!(
                        (v - expect).abs() <= 1e-3 * expect.abs().max(1.0),
                        "{v} {expect}"
                    );
                }
            }
        }
    }

    #[test]
    fn embedding_rows_are_the_dequantized_weights() {
        let dev = Device::Cpu;
        let w = Tensor::randn(0f32, 1.0, (10, 64), &dev).unwrap();
        let q = Int8Linear::new(&w, None).unwrap();
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
