//! The extractive summary: the most informative sentences, in article order.
//!
//! Each segment gets a score from four features, each scaled to `[0, 1]` over the article:
//! centrality (TextRank over the TF-IDF cosine similarity of the French sentences), position
//! (news puts the essentials first), claim content (a sentence that reports who said what),
//! and density of named entities and glossary terms. The `n` best are picked greedily, each
//! pick's score lowered by its similarity to the sentences already picked (maximal marginal
//! relevance), and returned in article order, so every summary sentence is the article's own.

use std::collections::HashMap;

use crate::model::{AlignedDocument, Claim, SpeakerKind};

/// Weights of the features in the score.
const W_CENTRALITY: f64 = 0.35;
const W_POSITION: f64 = 0.25;
const W_CLAIM: f64 = 0.2;
const W_ENTITIES: f64 = 0.2;

/// How much of its score a sentence loses per unit of cosine similarity to a chosen one.
const REDUNDANCY_PENALTY: f64 = 0.5;

/// Sentences shorter than this (in words) are rarely informative: their score is halved.
const MIN_WORDS: usize = 5;

/// French function words left out of the TF-IDF vectors.
const STOPWORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "à", "au", "aux",
    "en", "dans", "sur", "pour", "par", "avec", "sans", "que", "qu", "qui", "quoi", "dont", "où",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
    "on", "nous", "vous", "je", "j", "se", "s", "ne", "n", "pas", "plus", "a", "ont", "est",
    "sont", "été", "être", "avoir", "mais", "aussi", "comme", "y", "c", "the", "tout", "tous",
    "toute", "toutes", "très", "notre", "nos", "votre", "vos", "lui", "eux", "m", "t",
];

/// Ids of at most `n` summary segments, in article order.
pub fn rank(document: &AlignedDocument, claims: &[Claim], n: usize) -> Vec<usize> {
    let segments = &document.segments;
    if segments.is_empty() || n == 0 {
        return Vec::new();
    }
    let scores = scores(document, claims);
    let words: Vec<Vec<String>> = segments.iter().map(|s| content_words(&s.fr)).collect();
    let vectors = tfidf(&words);
    // Greedy maximal marginal relevance: a sentence that repeats one already chosen loses
    // part of its score, so the summary does not say the same thing twice.
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < n.min(segments.len()) {
        let best = (0..segments.len())
            .filter(|i| !chosen.contains(i))
            .map(|i| {
                let redundancy = chosen
                    .iter()
                    .map(|&j| cosine(&vectors[i], &vectors[j]))
                    .fold(0.0, f64::max);
                (i, scores[i] - REDUNDANCY_PENALTY * redundancy)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => chosen.push(i),
            None => break,
        }
    }
    let mut ids: Vec<usize> = chosen.into_iter().map(|i| segments[i].id).collect();
    ids.sort_unstable();
    ids
}

/// The score of every segment, in document order.
pub fn scores(document: &AlignedDocument, claims: &[Claim]) -> Vec<f64> {
    let segments = &document.segments;
    let words: Vec<Vec<String>> = segments.iter().map(|s| content_words(&s.fr)).collect();
    let centrality = scale(&textrank(&similarity(&tfidf(&words))));
    let count = segments.len() as f64;
    let entities = scale(
        &segments
            .iter()
            .map(|s| {
                let total = word_count(&s.fr).max(1) as f64;
                (entity_count(&s.fr) as f64 + 2.0 * s.glossary.len() as f64) / total.sqrt()
            })
            .collect::<Vec<_>>(),
    );
    segments
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let position = if i == 0 {
                1.0
            } else {
                1.0 - (i as f64 / count) * 0.8
            };
            let claim = claims
                .iter()
                .filter(|c| c.segment == s.id)
                .map(|c| {
                    if c.speaker_kind == SpeakerKind::Unattributed {
                        0.5
                    } else {
                        1.0
                    }
                })
                .fold(0.0, f64::max);
            let score = W_CENTRALITY * centrality[i]
                + W_POSITION * position
                + W_CLAIM * claim
                + W_ENTITIES * entities[i];
            if word_count(&s.fr) < MIN_WORDS {
                score / 2.0
            } else {
                score
            }
        })
        .collect()
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Lowercase content words of a sentence (elisions and stopwords dropped).
fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOPWORDS.contains(&w.as_str()) && w.chars().count() > 1)
        .collect()
}

/// Capitalized words that do not open the sentence or follow a full stop: a cheap count of
/// named entities (« Jake Sullivan », « Pékin »).
fn entity_count(text: &str) -> usize {
    let mut count = 0;
    let mut sentence_start = true;
    for word in text.split_whitespace() {
        let first = word
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next();
        if first.is_some_and(char::is_uppercase) && !sentence_start {
            count += 1;
        }
        sentence_start = word.ends_with('.') || word.ends_with('!') || word.ends_with('?');
    }
    count
}

/// A sparse vector: (word id, weight) sorted by word id, and its Euclidean norm.
type Sparse = (Vec<(usize, f64)>, f64);

/// TF-IDF vectors of the sentences (words numbered in order of first appearance).
fn tfidf(docs: &[Vec<String>]) -> Vec<Sparse> {
    let n = docs.len() as f64;
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut df: Vec<f64> = Vec::new();
    let counted: Vec<Vec<(usize, f64)>> = docs
        .iter()
        .map(|doc| {
            let mut tf: HashMap<usize, f64> = HashMap::new();
            for w in doc {
                let next = ids.len();
                let id = *ids.entry(w.as_str()).or_insert(next);
                if id == df.len() {
                    df.push(0.0);
                }
                let f = tf.entry(id).or_default();
                if *f == 0.0 {
                    df[id] += 1.0;
                }
                *f += 1.0;
            }
            let mut v: Vec<(usize, f64)> = tf.into_iter().collect();
            v.sort_unstable_by_key(|&(id, _)| id);
            v
        })
        .collect();
    counted
        .into_iter()
        .map(|v| {
            let v: Vec<(usize, f64)> = v
                .into_iter()
                .map(|(id, f)| (id, f * ((1.0 + n) / (1.0 + df[id])).ln() + f * 1e-3))
                .collect();
            let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            (v, norm)
        })
        .collect()
}

fn cosine(a: &Sparse, b: &Sparse) -> f64 {
    if a.1 == 0.0 || b.1 == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.0.len() && j < b.0.len() {
        match a.0[i].0.cmp(&b.0[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.0[i].1 * b.0[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot / (a.1 * b.1)
}

/// The cosine similarity matrix (zero diagonal).
fn similarity(vectors: &[Sparse]) -> Vec<Vec<f64>> {
    let n = vectors.len();
    let mut m = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let s = cosine(&vectors[i], &vectors[j]);
            m[i][j] = s;
            m[j][i] = s;
        }
    }
    m
}

/// TextRank: PageRank over the weighted similarity graph (damping 0.85, iterated until the
/// ranks move by less than 1e-9, at most 100 times).
fn textrank(m: &[Vec<f64>]) -> Vec<f64> {
    let n = m.len();
    if n == 0 {
        return Vec::new();
    }
    // Incoming edges of each node, weights already divided by the source's out-weight.
    let out_weight: Vec<f64> = m.iter().map(|row| row.iter().sum()).collect();
    let incoming: Vec<Vec<(usize, f64)>> = (0..n)
        .map(|i| {
            (0..n)
                .filter(|&j| out_weight[j] > 0.0 && m[j][i] > 0.0)
                .map(|j| (j, m[j][i] / out_weight[j]))
                .collect()
        })
        .collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..100 {
        let next: Vec<f64> = incoming
            .iter()
            .map(|edges| {
                0.15 / n as f64 + 0.85 * edges.iter().map(|&(j, w)| w * rank[j]).sum::<f64>()
            })
            .collect();
        let delta = next
            .iter()
            .zip(&rank)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        rank = next;
        if delta < 1e-9 {
            break;
        }
    }
    rank
}

/// Scales values to `[0, 1]` by the maximum (all zero stays zero).
fn scale(values: &[f64]) -> Vec<f64> {
    let max = values.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        vec![0.0; values.len()]
    } else {
        values.iter().map(|v| v / max).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;
    use crate::model::{AlignedSegment, ClaimKind};
    use crate::translate::BackendInfo;

    fn doc(sentences: &[&str]) -> AlignedDocument {
        AlignedDocument {
            source: "t".into(),
            metadata: Metadata::default(),
            backend: BackendInfo {
                name: "t".into(),
                kind: "t".into(),
                detail: String::new(),
            },
            segments: sentences
                .iter()
                .enumerate()
                .map(|(i, s)| AlignedSegment {
                    id: i + 1,
                    paragraph: 1,
                    span: [0, 0],
                    fr: s.to_string(),
                    en: String::new(),
                    glossary: vec![],
                    qa: vec![],
                })
                .collect(),
        }
    }

    const ARTICLE: &[&str] = &[
        "La Russie a demandé une aide militaire à la Chine depuis le début de la guerre en Ukraine.",
        "Il faisait beau à Rome ce jour-là.",
        "La Chine dément avoir reçu une demande d'aide militaire de la Russie.",
        "Le match de football a été reporté.",
        "Les États-Unis menacent la Chine de sanctions si elle fournit une aide militaire à la Russie.",
        "Oui.",
        "Le restaurant du coin a fermé ses portes mardi soir.",
    ];

    #[test]
    fn picks_central_sentences_in_article_order() {
        let d = doc(ARTICLE);
        let ids = rank(&d, &[], 3);
        assert_eq!(ids, vec![1, 3, 5]);
    }

    #[test]
    fn returns_at_most_n_and_all_when_short() {
        let d = doc(ARTICLE);
        assert_eq!(rank(&d, &[], 0), Vec::<usize>::new());
        assert_eq!(rank(&d, &[], 100).len(), ARTICLE.len());
        assert!(rank(&doc(&[]), &[], 5).is_empty());
    }

    #[test]
    fn claims_raise_a_sentence() {
        let d = doc(ARTICLE);
        let before = scores(&d, &[]);
        let claim = Claim {
            segment: 4,
            speaker: "x".into(),
            speaker_kind: SpeakerKind::Person,
            cue: "a dit".into(),
            kind: ClaimKind::Statement,
            quote: false,
            unconfirmed: false,
            fr: String::new(),
            en: String::new(),
            role: None,
        };
        let after = scores(&d, std::slice::from_ref(&claim));
        assert!(after[3] > before[3]);
        assert_eq!(after[0], before[0]);
    }

    #[test]
    fn a_repeated_sentence_is_chosen_once() {
        let mut sentences = ARTICLE.to_vec();
        sentences.insert(1, ARTICLE[0]);
        let d = doc(&sentences);
        let ids = rank(&d, &[], 3);
        assert_eq!(ids.len(), 3);
        assert!(!(ids.contains(&1) && ids.contains(&2)), "{ids:?}");
    }

    #[test]
    fn textrank_prefers_the_hub() {
        // Sentence 0 is similar to both others; they are not similar to each other.
        let m = vec![
            vec![0.0, 0.5, 0.5],
            vec![0.5, 0.0, 0.0],
            vec![0.5, 0.0, 0.0],
        ];
        let r = textrank(&m);
        assert!(r[0] > r[1] && r[0] > r[2]);
    }
}
