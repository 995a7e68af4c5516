//! The extractive summary: the lead, then the most informative sentences, in article order.
//!
//! A news article is an inverted pyramid, so the summary opens with its lead: the sentences of
//! the first paragraph (and of the second when the first holds a single sentence), at most
//! half the summary, leaving out a sentence that only repeats the headline. The rest is picked
//! by score: centrality (TextRank over the TF-IDF cosine similarity of the French sentences),
//! position (news puts the essentials first) and density of named entities and glossary terms,
//! each scaled to `[0, 1]` over the article. Being a claim earns nothing: the claims have their
//! own table, and most sentences of a news article carry one, so a bonus would crowd the plain
//! facts out; for the same reason direct quotations fill at most a third of the summary (one
//! of five) while other sentences are left. Picks are greedy, each pick's score lowered by its similarity to what the reader
//! already has (maximal marginal relevance against the headline and the chosen sentences).
//!
//! Never picked: the headline's own segment, lines that are not sentences (a byline, a kicker:
//! see [`headline::is_title_line`]), unless nothing else is left; and a sentence that needs the
//! one before it ([`antecedent::needs_antecedent`]: « Celle de… », « a-t-il insisté ») unless
//! that one is in the summary or is the headline. Every summary sentence is the article's own.

use std::collections::{HashMap, HashSet};

use super::{antecedent, headline};
use crate::model::{AlignedDocument, Claim, Headline};

/// Weights of the features in the score.
const W_CENTRALITY: f64 = 0.45;
const W_POSITION: f64 = 0.3;
const W_ENTITIES: f64 = 0.25;

/// How much of its score a sentence loses per unit of cosine similarity to a chosen one.
const REDUNDANCY_PENALTY: f64 = 0.5;

/// Sentences shorter than this (in words) are rarely informative: their score is halved.
const MIN_WORDS: usize = 5;

/// A lead sentence whose content words are at least this share of the headline's repeats it.
const REPEATS_HEADLINE: f64 = 0.8;

/// French function words left out of the TF-IDF vectors.
const STOPWORDS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "à", "au", "aux",
    "en", "dans", "sur", "pour", "par", "avec", "sans", "que", "qu", "qui", "quoi", "dont", "où",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
    "on", "nous", "vous", "je", "j", "se", "s", "ne", "n", "pas", "plus", "a", "ont", "est",
    "sont", "été", "être", "avoir", "mais", "aussi", "comme", "y", "c", "the", "tout", "tous",
    "toute", "toutes", "très", "notre", "nos", "votre", "vos", "lui", "eux", "m", "t",
];

/// Ids of at most `n` summary segments, in article order (see the module notes). `claims` are
/// the article's claims: they raise no sentence; their direct quotations are held to a third
/// of the summary.
pub fn rank(
    document: &AlignedDocument,
    claims: &[Claim],
    headline: Option<&Headline>,
    n: usize,
) -> Vec<usize> {
    let segments = &document.segments;
    if segments.is_empty() || n == 0 {
        return Vec::new();
    }
    let headline_at = headline
        .and_then(|h| h.segment)
        .and_then(|id| segments.iter().position(|s| s.id == id));
    let not_headline = |i: &usize| Some(*i) != headline_at;
    let mut candidates: Vec<usize> = (0..segments.len())
        .filter(not_headline)
        .filter(|&i| !headline::is_title_line(&segments[i].fr, false))
        .collect();
    if candidates.is_empty() {
        // Only lines (a headline and a byline, a list): take them rather than nothing.
        candidates = (0..segments.len()).filter(not_headline).collect();
    }
    if candidates.is_empty() {
        return Vec::new();
    }

    let words: Vec<Vec<String>> = segments.iter().map(|s| content_words(&s.fr)).collect();
    let headline_words = headline.map(|h| content_words(&h.fr)).unwrap_or_default();
    // A headline that is no segment (a metadata title) gets a vector of its own.
    let mut docs = words.clone();
    let headline_vector_at = match (headline, headline_at) {
        (Some(_), Some(at)) => Some(at),
        (Some(_), None) => {
            docs.push(headline_words.clone());
            Some(segments.len())
        }
        (None, _) => None,
    };
    let vectors = tfidf(&docs);
    let scores = scores(document, &vectors[..segments.len()]);

    // What the reader has: the headline, the sentences chosen, and those that only repeat the
    // headline (they count as read for the sentences that follow them).
    let mut chosen: Vec<usize> = Vec::new();
    let mut read: HashSet<usize> = headline_at.into_iter().collect();
    // The candidate before each candidate: the antecedent a dependent sentence needs.
    let previous: HashMap<usize, Option<usize>> = candidates
        .iter()
        .enumerate()
        .map(|(k, &i)| (i, k.checked_sub(1).map(|p| candidates[p])))
        .collect();
    let depends: Vec<bool> = segments
        .iter()
        .map(|s| antecedent::needs_antecedent(&s.fr))
        .collect();
    let has_headline = headline.is_some();
    let eligible = |i: usize, read: &HashSet<usize>| {
        !depends[i]
            || match previous[&i] {
                Some(p) => read.contains(&p),
                // The first sentence: its antecedent can only be the headline.
                None => has_headline,
            }
    };

    // The lead.
    for i in lead(document, &candidates) {
        if chosen.len() >= n.div_ceil(2) {
            break;
        }
        if !eligible(i, &read) {
            continue;
        }
        read.insert(i);
        if !repeats(&words[i], &headline_words) {
            chosen.push(i);
        }
    }

    // The rest, by score less redundancy with what the reader has; direct quotations no more
    // than a third of the summary while other sentences are left.
    let headline_vector = headline_vector_at.map(|at| &vectors[at]);
    let quoted: HashSet<usize> = claims
        .iter()
        .filter(|c| c.quote)
        .filter_map(|c| segments.iter().position(|s| s.id == c.segment))
        .collect();
    let max_quotes = (n / 3).max(1);
    while chosen.len() < n {
        let open = |i: &usize| !read.contains(i) && eligible(*i, &read);
        let quotes_full = chosen.iter().filter(|i| quoted.contains(i)).count() >= max_quotes;
        let others_left = candidates.iter().any(|i| open(i) && !quoted.contains(i));
        let best = candidates
            .iter()
            .copied()
            .filter(open)
            .filter(|i| !(quotes_full && others_left && quoted.contains(i)))
            .map(|i| {
                let redundancy = chosen
                    .iter()
                    .map(|&j| &vectors[j])
                    .chain(headline_vector)
                    .map(|v| cosine(&vectors[i], v))
                    .fold(0.0, f64::max);
                (i, scores[i] - REDUNDANCY_PENALTY * redundancy)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => {
                chosen.push(i);
                read.insert(i);
            }
            None => break,
        }
    }
    let mut ids: Vec<usize> = chosen.into_iter().map(|i| segments[i].id).collect();
    ids.sort_unstable();
    ids
}

/// The lead among `candidates` (indexes in article order): the first paragraph's sentences,
/// and the next paragraph's too when the first holds only one.
fn lead(document: &AlignedDocument, candidates: &[usize]) -> Vec<usize> {
    let paragraph = |i: usize| document.segments[i].paragraph;
    let Some(&first) = candidates.first() else {
        return Vec::new();
    };
    let in_first: Vec<usize> = candidates
        .iter()
        .copied()
        .take_while(|&i| paragraph(i) == paragraph(first))
        .collect();
    if in_first.len() > 1 {
        return in_first;
    }
    let Some(&next) = candidates.get(1) else {
        return in_first;
    };
    candidates
        .iter()
        .copied()
        .take_while(|&i| paragraph(i) == paragraph(first) || paragraph(i) == paragraph(next))
        .collect()
}

/// Whether a sentence's content words are nearly all the headline's (it says nothing more).
fn repeats(sentence: &[String], headline: &[String]) -> bool {
    if headline.is_empty() || sentence.is_empty() {
        return false;
    }
    let title: HashSet<&str> = headline.iter().map(String::as_str).collect();
    let distinct: HashSet<&str> = sentence.iter().map(String::as_str).collect();
    let shared = distinct.iter().filter(|w| title.contains(*w)).count();
    shared as f64 / distinct.len() as f64 >= REPEATS_HEADLINE
}

/// The score of every segment, in document order (see the module notes), from the
/// segments' TF-IDF `vectors`.
fn scores(document: &AlignedDocument, vectors: &[Sparse]) -> Vec<f64> {
    let segments = &document.segments;
    let centrality = scale(&textrank(&similarity(vectors)));
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
            let score =
                W_CENTRALITY * centrality[i] + W_POSITION * position + W_ENTITIES * entities[i];
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
    use crate::model::{AlignedSegment, ClaimKind, SpeakerKind};
    use crate::translate::BackendInfo;

    /// A document of `(paragraph, French)` segments.
    fn doc(sentences: &[(usize, &str)]) -> AlignedDocument {
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
                .map(|(i, (p, s))| AlignedSegment {
                    id: i + 1,
                    paragraph: *p,
                    span: [0, 0],
                    fr: s.to_string(),
                    en: String::new(),
                    glossary: vec![],
                    qa: vec![],
                })
                .collect(),
        }
    }

    /// One sentence a paragraph.
    fn paragraphs(sentences: &[&str]) -> AlignedDocument {
        doc(&sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i + 1, *s))
            .collect::<Vec<_>>())
    }

    fn claim(segment: usize, quote: bool) -> Claim {
        Claim {
            segment,
            speaker: "x".into(),
            speaker_kind: SpeakerKind::Person,
            cue: "a dit".into(),
            kind: ClaimKind::Statement,
            quote,
            unconfirmed: false,
            fr: String::new(),
            en: String::new(),
            role: None,
            speaker_en: None,
            role_en: None,
            speaker_as_written: None,
        }
    }

    const ARTICLE: &[(usize, &str)] = &[
        (1, "La Russie a demandé une aide militaire à la Chine depuis le début de la guerre en Ukraine."),
        (1, "La Chine dément avoir reçu une demande d'aide militaire de la Russie."),
        (2, "Il faisait beau à Rome ce jour-là."),
        (3, "Le match de football a été reporté."),
        (4, "Les États-Unis menacent la Chine de sanctions si elle fournit une aide militaire à la Russie."),
        (5, "Oui."),
        (6, "Le restaurant du coin a fermé ses portes mardi soir."),
    ];

    #[test]
    fn the_lead_then_central_sentences_in_article_order() {
        let d = doc(ARTICLE);
        assert_eq!(rank(&d, &[], None, 3), vec![1, 2, 5]);
    }

    #[test]
    fn returns_at_most_n_and_all_when_short() {
        let d = doc(ARTICLE);
        assert_eq!(rank(&d, &[], None, 0), Vec::<usize>::new());
        assert_eq!(rank(&d, &[], None, 100).len(), ARTICLE.len());
        assert!(rank(&doc(&[]), &[], None, 5).is_empty());
    }

    #[test]
    fn the_lead_is_in_even_when_later_sentences_score_higher() {
        // The lead's second paragraph is a plain fact that shares no word with the rest; the
        // later sentences all repeat one another (central) and come with entities.
        let d = paragraphs(&[
            "Un incendie a détruit dans la nuit un entrepôt de Vénissieux.",
            "Les pompiers sont intervenus vers trois heures du matin.",
            "Le maire Jean Dupont et le préfet Paul Martin ont visité le site de Vénissieux.",
            "Le préfet Paul Martin et le maire Jean Dupont ont promis une enquête à Vénissieux.",
            "Jean Dupont et Paul Martin ont rencontré les salariés à Vénissieux.",
        ]);
        let ids = rank(&d, &[], None, 3);
        assert!(ids.starts_with(&[1, 2]), "{ids:?}");
        // With a summary of one sentence, the lead's first.
        assert_eq!(rank(&d, &[], None, 1), vec![1]);
    }

    #[test]
    fn the_lead_gives_way_when_it_repeats_the_headline() {
        let d = paragraphs(&[
            "Un incendie détruit un entrepôt à Vénissieux",
            "Un incendie a détruit un entrepôt à Vénissieux.",
            "Les pompiers sont intervenus vers trois heures du matin.",
            "Personne n'a été blessé, selon la préfecture du Rhône.",
        ]);
        let h = headline::find(&d).expect("a title line");
        assert_eq!(h.segment, Some(1));
        let ids = rank(&d, &[], Some(&h), 2);
        // Must not: the headline's segment, or the lead that says it again.
        assert_eq!(ids, vec![3, 4]);
        // Without the headline, the same sentence is the lead.
        let d = paragraphs(&[
            "Un incendie a détruit un entrepôt à Vénissieux.",
            "Les pompiers sont intervenus vers trois heures du matin.",
            "Personne n'a été blessé, selon la préfecture du Rhône.",
        ]);
        assert_eq!(rank(&d, &[], None, 2)[0], 1);
    }

    #[test]
    fn lines_that_are_not_sentences_are_left_out() {
        let d = paragraphs(&[
            "Un incendie détruit un entrepôt à Vénissieux",
            "Par Jean Dupont",
            "Un entrepôt de Vénissieux a brûlé dans la nuit de lundi à mardi.",
            "Les pompiers sont intervenus vers trois heures du matin.",
        ]);
        let h = headline::find(&d);
        assert_eq!(rank(&d, &[], h.as_ref(), 5), vec![3, 4]);
        // A text of lines only still has a summary.
        let d = paragraphs(&["Pékin dément toute aide militaire à Moscou"]);
        assert_eq!(rank(&d, &[], None, 5), vec![1]);
    }

    #[test]
    fn a_dependent_sentence_comes_with_its_antecedent_or_not_at_all() {
        // Sentence 5 is the most central (it repeats the names of 3 and 4) but opens with
        // « Celle de », and its antecedent (4) is the least informative: with room for one
        // sentence after the lead it is not picked.
        let d = paragraphs(&[
            "Le Parlement a adopté mardi la réforme des retraites par 300 voix contre 250.",
            "Les syndicats appellent à une nouvelle journée de grève jeudi.",
            "La position du gouvernement Borne sur la réforme des retraites est connue.",
            "La réponse tarde.",
            "Celle de la CGT et de Force ouvrière sur la réforme des retraites du gouvernement Borne est attendue jeudi.",
        ]);
        let ids = rank(&d, &[], None, 3);
        assert!(!ids.contains(&5) || ids.contains(&4), "{ids:?}");
        // With room for every sentence, it comes after its antecedent.
        assert_eq!(rank(&d, &[], None, 5), vec![1, 2, 3, 4, 5]);
        // A quotation whose speaker is « il » is not picked without the sentence naming him.
        let d = paragraphs(&[
            "Le Parlement a adopté mardi la réforme des retraites par 300 voix contre 250.",
            "Le ministre du Travail Olivier Dussopt a salué un vote historique.",
            "Le texte entrera en vigueur en septembre.",
            "« Nous irons jusqu'au bout de la réforme des retraites », a-t-il insisté.",
        ]);
        for n in 1..=4 {
            let ids = rank(&d, &[], None, n);
            assert!(!ids.contains(&4) || ids.contains(&3), "n={n}: {ids:?}");
        }
        // Must not: a sentence that stands alone is not held back.
        let d = paragraphs(&[
            "Le Parlement a adopté mardi la réforme des retraites.",
            "Les syndicats appellent à la grève jeudi.",
            "« Nous irons jusqu'au bout de la réforme des retraites », a dit Olivier Dussopt.",
        ]);
        assert_eq!(rank(&d, &[], None, 3), vec![1, 2, 3]);
    }

    #[test]
    fn a_first_sentence_that_leans_on_the_headline_may_follow_it() {
        let d = paragraphs(&[
            "Olivier Dussopt défend la réforme des retraites",
            "Il a salué mardi un vote historique au Parlement.",
            "Les syndicats appellent à la grève jeudi.",
        ]);
        let h = headline::find(&d);
        assert_eq!(rank(&d, &[], h.as_ref(), 2), vec![2, 3]);
        // Without a headline there is nothing for « Il » to lean on.
        let d = paragraphs(&[
            "Il a salué mardi un vote historique au Parlement.",
            "Les syndicats appellent à la grève jeudi.",
        ]);
        assert_eq!(rank(&d, &[], None, 2), vec![2]);
    }

    #[test]
    fn claims_do_not_crowd_out_plain_facts() {
        // Every sentence but the plain facts 1, 4 and 6 carries a claim.
        let d = paragraphs(&[
            "Un séisme de magnitude 6,1 a frappé lundi le sud de la Turquie.",
            "« Les secours sont sur place », a déclaré le gouverneur de la province de Hatay.",
            "« Nous manquons de tentes », a dit Mehmet Yilmaz, un habitant d'Antakya.",
            "Au moins 40 immeubles se sont effondrés à Antakya et à Iskenderun.",
            "« La situation est sous contrôle », a affirmé le ministre turc de l'Intérieur Ali Yerlikaya.",
            "Les écoles de la province resteront fermées jusqu'à vendredi.",
            "« Nous reconstruirons », a promis le président Recep Tayyip Erdogan.",
        ]);
        // Reported speech earns nothing: the same summary as with no claim at all.
        let reported: Vec<Claim> = [2, 3, 5, 7].iter().map(|&s| claim(s, false)).collect();
        assert_eq!(rank(&d, &reported, None, 4), rank(&d, &[], None, 4));
        // Direct quotations: one in four lines (the lead's), the rest plain facts, though the
        // quotations carry more names.
        let quoted: Vec<Claim> = [2, 3, 5, 7].iter().map(|&s| claim(s, true)).collect();
        assert_eq!(rank(&d, &quoted, None, 4), vec![1, 2, 4, 6]);
        // Must not: hold quotations back when nothing else is left.
        assert_eq!(rank(&d, &quoted, None, 7).len(), 7);
    }

    #[test]
    fn a_repeated_sentence_is_chosen_once() {
        let mut sentences = ARTICLE.to_vec();
        sentences.insert(3, (2, ARTICLE[0].1));
        let d = doc(&sentences);
        let ids = rank(&d, &[], None, 4);
        assert_eq!(ids.len(), 4);
        assert!(!(ids.contains(&1) && ids.contains(&4)), "{ids:?}");
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
