//! The Marian transformer itself, with the decoding state outside the weights: the same
//! network and the same tensor names as candle-transformers' `marian::MTModel` (post-norm
//! layers, sinusoidal positions, embeddings shared by encoder, decoder and output projection,
//! `final_logits_bias`), but the model is immutable and each sentence owns a
//! [`DecoderState`]. That state caches the decoder's self-attention keys and values and,
//! unlike `MTModel`, the cross-attention keys and values of the encoded source, which are
//! computed once per sentence instead of at every step (they are most of the work per token).
//! With no cache inside the weights there is nothing to reset between sentences.

use std::sync::Arc;

use candle_core::quantized::{GgmlDType, QMatMul, QTensor};
use candle_core::{Device, Module, Result, Tensor, D};
use candle_nn::{Activation, Embedding, LayerNorm, Linear, VarBuilder};
use candle_transformers::models::marian::Config;

use super::int8::{Int8Linear, Kernel};

/// How the weight matrices are held and multiplied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    /// As stored (f32): bit-exact with the reference implementations.
    #[default]
    F32,
    /// Every linear layer and the shared embedding / output projection quantized at load time
    /// to 8-bit blocks (ggml's `Q8_0`: 32 weights share one f16 scale), multiplied by candle's
    /// quantized kernels (activations quantized to 8 bits on the fly).
    Int8,
}

impl Precision {
    /// The config spelling: `"f32"` or `"int8"`.
    pub fn name(self) -> &'static str {
        match self {
            Precision::F32 => "f32",
            Precision::Int8 => "int8",
        }
    }
}

impl std::str::FromStr for Precision {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "f32" | "none" | "off" | "float32" => Ok(Precision::F32),
            "int8" | "q8" | "q8_0" => Ok(Precision::Int8),
            other => Err(format!(
                "{other:?} is not a precision (\"int8\" or \"f32\")"
            )),
        }
    }
}

/// A linear layer `y = x Wᵀ + b`, with `W` in f32 or quantized.
#[derive(Debug, Clone)]
enum Proj {
    F32(Linear),
    /// candle's `Q8_0` blocks and kernels (kept for comparison: `PASSERELLE_INT8_KERNEL=q8_0`).
    Q8 {
        w: QMatMul,
        b: Option<Tensor>,
    },
    /// Our own 8-bit rows ([`Int8Linear`]).
    Int8(Arc<Int8Linear>),
}

/// Whether candle's `Q8_0` kernels are asked for instead of [`Int8Linear`] (benches compare).
fn candle_q8() -> bool {
    std::env::var("PASSERELLE_INT8_KERNEL").is_ok_and(|v| v == "q8_0")
}

/// The kernel of [`Int8Linear`]: the fastest the CPU runs, unless `PASSERELLE_INT8_KERNEL`
/// names another (`plain`, `avx2`, `vnni`; benches compare them in one build).
fn int8_kernel() -> Kernel {
    std::env::var("PASSERELLE_INT8_KERNEL")
        .ok()
        .and_then(|v| Kernel::from_name(&v))
        .unwrap_or_else(Kernel::fastest)
}

impl Proj {
    fn load(input: usize, output: usize, vb: VarBuilder, precision: Precision) -> Result<Self> {
        let linear = candle_nn::linear(input, output, vb)?;
        match precision {
            // Q8_0 blocks run along the input dimension: other widths (tiny test models) stay f32.
            Precision::F32 => Ok(Proj::F32(linear)),
            Precision::Int8 if !input.is_multiple_of(Q8_BLOCK) => Ok(Proj::F32(linear)),
            Precision::Int8 if candle_q8() => Ok(Proj::Q8 {
                w: quantize(linear.weight())?,
                b: linear.bias().cloned(),
            }),
            Precision::Int8 => Ok(Proj::Int8(Arc::new(Int8Linear::with_kernel(
                linear.weight(),
                linear.bias(),
                int8_kernel(),
            )?))),
        }
    }
}

/// Weights per `Q8_0` block (one f16 scale each).
const Q8_BLOCK: usize = 32;

/// `Q8_0` blocks of an f32 matrix `[out, in]`, as candle's quantized matmul takes them.
fn quantize(w: &Tensor) -> Result<QMatMul> {
    QMatMul::from_arc(Arc::new(QTensor::quantize(w, GgmlDType::Q8_0)?))
}

impl Module for Proj {
    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        match self {
            Proj::F32(l) => l.forward(xs),
            Proj::Q8 { w, b } => {
                let y = w.forward(&xs.contiguous()?)?;
                match b {
                    Some(b) => y.broadcast_add(b),
                    None => Ok(y),
                }
            }
            Proj::Int8(l) => l.forward(xs),
        }
    }
}

/// The shared token embedding, in f32 or as the same quantized blocks as the output projection
/// (one copy in memory serves both).
#[derive(Debug, Clone)]
enum Embed {
    F32(Embedding),
    Q8(Arc<QTensor>),
    Int8(Arc<Int8Linear>),
}

impl Module for Embed {
    fn forward(&self, ids: &Tensor) -> Result<Tensor> {
        match self {
            Embed::F32(e) => e.forward(ids),
            Embed::Q8(q) => q.embedding(ids),
            Embed::Int8(q) => q.embedding(ids),
        }
    }
}

#[derive(Debug, Clone)]
struct Attention {
    q: Proj,
    k: Proj,
    v: Proj,
    out: Proj,
    heads: usize,
    head_dim: usize,
    scaling: f64,
}

impl Attention {
    fn new(d: usize, heads: usize, vb: VarBuilder, p: Precision) -> Result<Self> {
        let head_dim = d / heads;
        Ok(Attention {
            q: Proj::load(d, d, vb.pp("q_proj"), p)?,
            k: Proj::load(d, d, vb.pp("k_proj"), p)?,
            v: Proj::load(d, d, vb.pp("v_proj"), p)?,
            out: Proj::load(d, d, vb.pp("out_proj"), p)?,
            heads,
            head_dim,
            scaling: (head_dim as f64).powf(-0.5),
        })
    }

    /// `[b, seq, d]` → `[b, heads, seq, head_dim]`.
    fn split(&self, xs: &Tensor) -> Result<Tensor> {
        let (b, seq, _) = xs.dims3()?;
        xs.reshape((b, seq, self.heads, self.head_dim))?
            .transpose(1, 2)?
            .contiguous()
    }

    fn keys_values(&self, xs: &Tensor) -> Result<(Tensor, Tensor)> {
        Ok((
            self.split(&xs.apply(&self.k)?)?,
            self.split(&xs.apply(&self.v)?)?,
        ))
    }

    fn attend(
        &self,
        xs: &Tensor,
        keys: &Tensor,
        values: &Tensor,
        mask: Option<&Tensor>,
    ) -> Result<Tensor> {
        let (b, t, d) = xs.dims3()?;
        let q = self.split(&(xs.apply(&self.q)? * self.scaling)?)?;
        let mut w = q.matmul(&keys.transpose(2, 3)?)?;
        if let Some(mask) = mask {
            w = w.broadcast_add(mask)?;
        }
        let p = candle_nn::ops::softmax_last_dim(&w)?;
        p.matmul(values)?
            .transpose(1, 2)?
            .reshape((b, t, d))?
            .apply(&self.out)
    }
}

#[derive(Debug, Clone)]
struct FeedForward {
    fc1: Proj,
    fc2: Proj,
    act: Activation,
    norm: LayerNorm,
}

impl FeedForward {
    fn new(d: usize, ffn: usize, act: Activation, vb: &VarBuilder, p: Precision) -> Result<Self> {
        Ok(FeedForward {
            fc1: Proj::load(d, ffn, vb.pp("fc1"), p)?,
            fc2: Proj::load(ffn, d, vb.pp("fc2"), p)?,
            act,
            norm: candle_nn::layer_norm(d, 1e-5, vb.pp("final_layer_norm"))?,
        })
    }

    fn forward(&self, xs: &Tensor) -> Result<Tensor> {
        let h = xs.apply(&self.fc1)?.apply(&self.act)?.apply(&self.fc2)?;
        (h + xs)?.apply(&self.norm)
    }
}

#[derive(Debug, Clone)]
struct EncoderLayer {
    attn: Attention,
    attn_norm: LayerNorm,
    ff: FeedForward,
}

#[derive(Debug, Clone)]
struct DecoderLayer {
    attn: Attention,
    attn_norm: LayerNorm,
    cross: Attention,
    cross_norm: LayerNorm,
    ff: FeedForward,
}

/// Per-sentence decoding state: for every decoder layer, the self-attention keys and values
/// so far and the cross-attention keys and values of the source.
#[derive(Debug, Clone)]
pub struct DecoderState {
    past: Vec<Option<(Tensor, Tensor)>>,
    cross: Vec<(Tensor, Tensor)>,
    /// The source padding mask `[batch, 1, 1, source]` when sources of several lengths
    /// share the batch.
    cross_mask: Option<Tensor>,
    len: usize,
}

impl DecoderState {
    /// How many target positions have been fed so far.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing has been fed yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Keeps, for each row `i` of the next batch, the state of row `rows[i]` of this one
    /// (beam search: each surviving hypothesis carries its parent's cache).
    pub fn reorder(&mut self, rows: &Tensor) -> Result<()> {
        for kv in self.past.iter_mut().flatten() {
            *kv = (kv.0.index_select(rows, 0)?, kv.1.index_select(rows, 0)?);
        }
        for kv in self.cross.iter_mut() {
            *kv = (kv.0.index_select(rows, 0)?, kv.1.index_select(rows, 0)?);
        }
        if let Some(mask) = &self.cross_mask {
            self.cross_mask = Some(mask.index_select(rows, 0)?);
        }
        Ok(())
    }
}

/// A Marian encoder–decoder with shared embeddings (read-only; share it between threads).
#[derive(Debug, Clone)]
pub struct MarianNet {
    shared: Embed,
    positions: Tensor,
    embed_scale: Option<f64>,
    encoder: Vec<EncoderLayer>,
    decoder: Vec<DecoderLayer>,
    lm_head: Proj,
    precision: Precision,
    final_logits_bias: Tensor,
}

fn sinusoids(cfg: &Config, device: &Device) -> Result<Tensor> {
    let d = cfg.d_model;
    let inv_freq: Vec<f32> = (0..d)
        .step_by(2)
        .map(|i| 1f32 / 10000f32.powf(i as f32 / d as f32))
        .collect();
    let n = inv_freq.len();
    let inv_freq = Tensor::from_vec(inv_freq, (1, n), device)?;
    let t = Tensor::arange(0u32, cfg.max_position_embeddings as u32, device)?
        .to_dtype(candle_core::DType::F32)?
        .reshape((cfg.max_position_embeddings, 1))?;
    let freqs = t.matmul(&inv_freq)?;
    Tensor::cat(&[&freqs.sin()?, &freqs.cos()?], 1)?.contiguous()
}

impl MarianNet {
    /// Reads the weights (`model.shared.weight`, `model.{encoder,decoder}.layers.N.*`,
    /// `final_logits_bias`), as `MTModel::new` does, keeping every matrix in `precision`
    /// (quantized ones are computed here, from the f32 weights, which are then dropped).
    pub fn new(cfg: &Config, vb: VarBuilder, precision: Precision) -> Result<Self> {
        let p = precision;
        let d = cfg.d_model;
        let target_vocab = cfg.decoder_vocab_size.unwrap_or(cfg.vocab_size);
        let final_logits_bias = vb.get((1, target_vocab), "final_logits_bias")?;
        let vb = vb.pp("model");
        let shared = candle_nn::embedding(cfg.vocab_size, d, vb.pp("shared"))?;
        let act = cfg.activation_function;
        let enc = vb.pp("encoder").pp("layers");
        let encoder = (0..cfg.encoder_layers)
            .map(|i| {
                let vb = enc.pp(i);
                Ok(EncoderLayer {
                    attn: Attention::new(d, cfg.encoder_attention_heads, vb.pp("self_attn"), p)?,
                    attn_norm: candle_nn::layer_norm(d, 1e-5, vb.pp("self_attn_layer_norm"))?,
                    ff: FeedForward::new(d, cfg.encoder_ffn_dim, act, &vb, p)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let dec = vb.pp("decoder").pp("layers");
        let decoder = (0..cfg.decoder_layers)
            .map(|i| {
                let vb = dec.pp(i);
                let heads = cfg.decoder_attention_heads;
                Ok(DecoderLayer {
                    attn: Attention::new(d, heads, vb.pp("self_attn"), p)?,
                    attn_norm: candle_nn::layer_norm(d, 1e-5, vb.pp("self_attn_layer_norm"))?,
                    cross: Attention::new(d, heads, vb.pp("encoder_attn"), p)?,
                    cross_norm: candle_nn::layer_norm(d, 1e-5, vb.pp("encoder_attn_layer_norm"))?,
                    ff: FeedForward::new(d, cfg.decoder_ffn_dim, act, &vb, p)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let (shared, lm_head) = match precision {
            Precision::F32 => (
                Embed::F32(shared.clone()),
                Proj::F32(Linear::new(shared.embeddings().clone(), None)),
            ),
            Precision::Int8 if !d.is_multiple_of(Q8_BLOCK) => (
                Embed::F32(shared.clone()),
                Proj::F32(Linear::new(shared.embeddings().clone(), None)),
            ),
            Precision::Int8 if candle_q8() => {
                let q = Arc::new(QTensor::quantize(shared.embeddings(), GgmlDType::Q8_0)?);
                (
                    Embed::Q8(q.clone()),
                    Proj::Q8 {
                        w: QMatMul::from_arc(q)?,
                        b: None,
                    },
                )
            }
            Precision::Int8 => {
                let q = Arc::new(Int8Linear::with_kernel(
                    shared.embeddings(),
                    None,
                    int8_kernel(),
                )?);
                (Embed::Int8(q.clone()), Proj::Int8(q))
            }
        };
        Ok(MarianNet {
            precision,
            positions: sinusoids(cfg, vb.device())?,
            embed_scale: cfg.scale_embedding.then(|| (d as f64).sqrt()),
            shared,
            encoder,
            decoder,
            lm_head,
            final_logits_bias,
        })
    }

    /// How the matrices are held.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    fn embed(&self, ids: &Tensor, start: usize) -> Result<Tensor> {
        let seq = ids.dim(1)?;
        let xs = ids.apply(&self.shared)?;
        let xs = match self.embed_scale {
            Some(s) => (xs * s)?,
            None => xs,
        };
        xs.broadcast_add(&self.positions.narrow(0, start, seq)?.unsqueeze(0)?)
    }

    /// Encodes source ids `[batch, seq]` → `[batch, seq, d_model]`.
    pub fn encode(&self, ids: &Tensor) -> Result<Tensor> {
        self.encode_masked(ids, None)
    }

    /// Encodes right-padded source ids `[batch, seq]`; `mask` (from [`padding_mask`]) keeps
    /// every position from attending to padding, so each row encodes as it would alone.
    pub fn encode_masked(&self, ids: &Tensor, mask: Option<&Tensor>) -> Result<Tensor> {
        let mut xs = self.embed(ids, 0)?;
        for layer in &self.encoder {
            let (k, v) = layer.attn.keys_values(&xs)?;
            let h = layer.attn.attend(&xs, &k, &v, mask)?;
            xs = (h + &xs)?.apply(&layer.attn_norm)?;
            xs = layer.ff.forward(&xs)?;
        }
        Ok(xs)
    }

    /// A fresh decoding state for an encoded source: the cross-attention keys and values of
    /// every decoder layer, computed once.
    pub fn start(&self, encoded: &Tensor) -> Result<DecoderState> {
        self.start_masked(encoded, None)
    }

    /// [`MarianNet::start`] for sources encoded with a padding `mask`, which the
    /// cross-attention then applies at every step.
    pub fn start_masked(&self, encoded: &Tensor, mask: Option<&Tensor>) -> Result<DecoderState> {
        Ok(DecoderState {
            cross_mask: mask.cloned(),
            past: vec![None; self.decoder.len()],
            cross: self
                .decoder
                .iter()
                .map(|l| l.cross.keys_values(encoded))
                .collect::<Result<Vec<_>>>()?,
            len: 0,
        })
    }

    /// Feeds target ids `[batch, t]` after the `state.len()` already fed; returns the
    /// logits `[batch, t, vocab]` (output projection plus `final_logits_bias`).
    pub fn step(&self, ids: &Tensor, state: &mut DecoderState) -> Result<Tensor> {
        let t = ids.dim(1)?;
        let start = state.len;
        let total = start + t;
        let mask = if t > 1 {
            let m: Vec<f32> = (0..t)
                .flat_map(|i| {
                    (0..total).map(move |j| {
                        if j > start + i {
                            f32::NEG_INFINITY
                        } else {
                            0.0
                        }
                    })
                })
                .collect();
            Some(Tensor::from_vec(m, (t, total), ids.device())?)
        } else {
            None
        };
        let mut xs = self.embed(ids, start)?;
        for (i, layer) in self.decoder.iter().enumerate() {
            let (k, v) = layer.attn.keys_values(&xs)?;
            let (k, v) = match state.past[i].take() {
                Some((pk, pv)) => (Tensor::cat(&[&pk, &k], 2)?, Tensor::cat(&[&pv, &v], 2)?),
                None => (k, v),
            };
            let h = layer.attn.attend(&xs, &k, &v, mask.as_ref())?;
            state.past[i] = Some((k, v));
            xs = (h + &xs)?.apply(&layer.attn_norm)?;
            let (ck, cv) = &state.cross[i];
            let h = layer.cross.attend(&xs, ck, cv, state.cross_mask.as_ref())?;
            xs = (h + &xs)?.apply(&layer.cross_norm)?;
            xs = layer.ff.forward(&xs)?;
        }
        state.len = total;
        self.lm_head
            .forward(&xs)?
            .broadcast_add(&self.final_logits_bias)?
            .contiguous()
    }

    /// Log-probabilities of the last position of `logits` `[batch, t, vocab]` → `[batch, vocab]`.
    pub fn last_log_probs(logits: &Tensor) -> Result<Tensor> {
        let t = logits.dim(1)?;
        candle_nn::ops::log_softmax(&logits.narrow(1, t - 1, 1)?.squeeze(1)?, D::Minus1)
    }
}

/// The additive attention mask of right-padded sources of `lengths` in a batch of
/// `width` positions: `[batch, 1, 1, width]`, 0 on real tokens and −∞ on padding.
pub fn padding_mask(lengths: &[usize], width: usize, device: &Device) -> Result<Tensor> {
    let values: Vec<f32> = lengths
        .iter()
        .flat_map(|&len| (0..width).map(move |j| if j < len { 0.0 } else { f32::NEG_INFINITY }))
        .collect();
    Tensor::from_vec(values, (lengths.len(), 1, 1, width), device)
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::DType;
    use candle_transformers::models::marian::MTModel;

    /// Logits of candle-transformers' `MTModel` (as its marian-mt example drives it) and of
    /// [`MarianNet`] for the same weights, source and target prefix, step by step.
    #[test]
    fn agrees_with_candle_mtmodel_step_by_step() {
        let mut cfg = super::super::synth::tiny_config(40);
        cfg.d_model = 16;
        cfg.encoder_layers = 2;
        cfg.decoder_layers = 2;
        cfg.encoder_attention_heads = 4;
        cfg.decoder_attention_heads = 4;
        let vm = super::super::synth::random_weights(&cfg, 11, &[]).unwrap();
        let vb = VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu);
        let mut reference = MTModel::new(&cfg, vb.clone()).unwrap();
        let net = MarianNet::new(&cfg, vb, Precision::F32).unwrap();
        let dev = Device::Cpu;
        for source in [
            vec![3u32, 7, 9, 0],
            vec![5, 0],
            vec![12, 13, 14, 15, 16, 17, 0],
        ] {
            let src = Tensor::new(source.as_slice(), &dev)
                .unwrap()
                .unsqueeze(0)
                .unwrap();
            reference.reset_kv_cache();
            let enc_ref = reference.encoder().forward(&src, 0).unwrap();
            let enc = net.encode(&src).unwrap();
            let diff = (&enc_ref - &enc).unwrap().abs().unwrap().max_all().unwrap();
            assert!(diff.to_scalar::<f32>().unwrap() < 1e-4);
            let mut state = net.start(&enc).unwrap();
            let targets = [cfg.decoder_start_token_id, 4, 8, 2, 30, 6];
            for (pos, &tok) in targets.iter().enumerate() {
                let input = Tensor::new(&[tok], &dev).unwrap().unsqueeze(0).unwrap();
                let a = reference.decode(&input, &enc_ref, pos).unwrap();
                let b = net.step(&input, &mut state).unwrap();
                let diff = (&a - &b).unwrap().abs().unwrap().max_all().unwrap();
                let diff = diff.to_scalar::<f32>().unwrap();
                assert!(diff < 1e-4, "step {pos}: max |Δlogit| = {diff}");
            }
            assert_eq!(state.len(), targets.len());
            // The whole prefix at once (causal mask) gives the same last logits.
            let mut fresh = net.start(&enc).unwrap();
            let all = Tensor::new(&targets[..], &dev)
                .unwrap()
                .unsqueeze(0)
                .unwrap();
            let at_once = net.step(&all, &mut fresh).unwrap();
            let last = at_once.narrow(1, targets.len() - 1, 1).unwrap();
            let mut again = net.start(&enc).unwrap();
            let mut stepwise = None;
            for &tok in &targets {
                let input = Tensor::new(&[tok], &dev).unwrap().unsqueeze(0).unwrap();
                stepwise = Some(net.step(&input, &mut again).unwrap());
            }
            let diff = (&last - stepwise.unwrap())
                .unwrap()
                .abs()
                .unwrap()
                .max_all()
                .unwrap();
            assert!(diff.to_scalar::<f32>().unwrap() < 1e-4);
        }
    }
}
