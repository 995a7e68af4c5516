//! The data that travels from stage to stage and out to the renderers: aligned segments,
//! glossary checks, QA findings, claims. Field names here are the JSON contract of design §3:
//! add fields, never rename them. This module imports nothing from the stages: they import
//! it.

use serde::{Deserialize, Serialize};

use crate::document::Metadata;

/// What a backend says about itself: shown in outputs (the JSON `backend` object) and in
/// `passerelle backends`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendInfo {
    /// The configured name (`apertium`, `local-llm`).
    pub name: String,
    /// The kind (`apertium`, `deepl`, `openai`, …).
    pub kind: String,
    /// One line of detail (`fr-es → spa-eng`, a model name, a URL).
    pub detail: String,
}

/// One translated article: what `translate --format json` writes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AlignedDocument {
    /// The input's display name (path, or `<stdin>`).
    pub source: String,
    /// Metadata parsed from the header line.
    pub metadata: Metadata,
    /// Which backend translated it.
    pub backend: BackendInfo,
    /// The sentence pairs, in reading order.
    pub segments: Vec<AlignedSegment>,
}

/// One French sentence and its English translation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AlignedSegment {
    /// 1-based id in reading order.
    pub id: usize,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// Byte range `[start, end)` of the sentence in the decoded input text.
    pub span: [usize; 2],
    /// The French sentence (normalized).
    pub fr: String,
    /// The English translation.
    pub en: String,
    /// Every glossary term found in the French, and whether its English survived.
    pub glossary: Vec<TermCheck>,
    /// QA findings on this pair.
    pub qa: Vec<Finding>,
}

/// A glossary term found in a segment, and whether its English rendering is in the translation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TermCheck {
    /// The French term as the glossary writes it.
    pub fr: String,
    /// The English the glossary requires.
    pub en: String,
    /// Whether `en` was found in the segment's translation.
    pub found: bool,
}

/// One QA finding.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Finding {
    /// The segment it concerns (1-based id).
    pub segment: usize,
    /// Which check raised it (written in JSON as `numbers`, `untranslated`, `glossary`,
    /// `quotes`, `length` or `leak`).
    pub check: Check,
    /// A one-line human explanation.
    pub message: String,
}

/// The QA checks, as [`Finding::check`] names them. The JSON strings are the contract.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Check {
    /// A number, time or date of the French missing or misread in the English.
    Numbers,
    /// The English is the French echoed, mostly French, or keeps words the engine did not
    /// translate.
    Untranslated,
    /// A glossary term's required English is missing.
    Glossary,
    /// Quotation marks or brackets lost or unbalanced.
    Quotes,
    /// The English is far shorter or longer than the French.
    Length,
    /// Placeholders, markup or model commentary leaked into the English.
    Leak,
}

impl Check {
    /// Every check, in the order [`crate::qa::check_pair`] runs them.
    pub const ALL: [Check; 6] = [
        Check::Numbers,
        Check::Untranslated,
        Check::Glossary,
        Check::Quotes,
        Check::Length,
        Check::Leak,
    ];

    /// The check's name as JSON and the renderers write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Numbers => "numbers",
            Check::Untranslated => "untranslated",
            Check::Glossary => "glossary",
            Check::Quotes => "quotes",
            Check::Length => "length",
            Check::Leak => "leak",
        }
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who a claim's speaker is (design §3 `speaker_kind`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person (« Jake Sullivan »).
    Person,
    /// A role without a name (« un porte-parole de l'ambassade »).
    Role,
    /// An institution, a state, a company, a capital standing for its government.
    Organization,
    /// A newspaper, agency or broadcaster (« le New York Times »).
    Media,
    /// Unnamed sources (« des fonctionnaires anonymes », « un habitant »).
    Anonymous,
    /// A speaker the article does not let us identify: `speaker` holds its own words (« il »).
    Unattributed,
}

impl SpeakerKind {
    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Role => "role",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Media => "media",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unattributed => "unattributed",
        }
    }
}

impl std::fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a claim does (design §3 `kind`), told by its reporting verb or phrase.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Says or reports something.
    Statement,
    /// Denies something.
    Denial,
    /// Warns or threatens.
    Warning,
    /// Calls for something.
    Call,
    /// Takes a stance for or against something.
    Position,
}

impl ClaimKind {
    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statement => "statement",
            ClaimKind::Denial => "denial",
            ClaimKind::Warning => "warning",
            ClaimKind::Call => "call",
            ClaimKind::Position => "position",
        }
    }
}

impl std::fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A key claim of the article: who said what, how, and how firmly.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claim {
    /// The segment the claim is in (1-based id).
    pub segment: usize,
    /// Who made it, as the article names them.
    pub speaker: String,
    /// `person`, `role`, `organization`, `media`, `anonymous` or `unattributed`.
    pub speaker_kind: SpeakerKind,
    /// The reporting verb or phrase that carries the claim (`a dit`, `selon`).
    pub cue: String,
    /// `statement`, `denial`, `warning`, `call` or `position`.
    pub kind: ClaimKind,
    /// Whether the claim is direct speech.
    pub quote: bool,
    /// Whether the article hedges it (journalistic conditional, anonymous sourcing).
    pub unconfirmed: bool,
    /// The claim's sentence in French.
    pub fr: String,
    /// The claim's sentence in English.
    pub en: String,
    /// The speaker's role when the article gives one (« la porte-parole du Conseil … »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The speaker in English, when the run translated it (`brief::set_claim_english`);
    /// absent when it was not translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_en: Option<String>,
    /// The role in English, likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_en: Option<String>,
    /// The words the claim's own sentence uses for the speaker when the name shown was
    /// reached from elsewhere in the article by a back-reference: a pronoun (« il », « selon
    /// elle » gives « elle »), « ce dernier », a role, descriptor or epithet taken to a name
    /// (« le porte-parole », « l'ONG »), a demonstrative, « la même source », a news desk's
    /// « on », or the construction of a narrative continuation (« Puis d'ajouter »). Absent
    /// when the sentence writes the name shown, for a surname taken to the full name given
    /// earlier (« Obama »: the reader sees it is the same person), and for a speaker not
    /// identified (its words are already the speaker).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_as_written: Option<String>,
}

/// The article's own headline (`brief::headline` says where it comes from). Absent when the
/// article has none: no headline is ever made up.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Headline {
    /// The segment holding it (1-based id) when the title is a line of the article; absent
    /// for a metadata title the body does not repeat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<usize>,
    /// The headline in French, as the article writes it.
    pub fr: String,
    /// Its English: the segment's translation (absent when it has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// The bilingual brief: a translated article plus its summary, claims and QA.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Brief {
    /// The aligned article (its fields are flattened into the brief's JSON).
    #[serde(flatten)]
    pub document: AlignedDocument,
    /// The article's own headline, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Headline>,
    /// Segment ids of the summary sentences, in article order.
    pub summary: Vec<usize>,
    /// The key claims, in article order.
    pub claims: Vec<Claim>,
    /// Every QA finding of the article.
    pub qa: Vec<Finding>,
}
