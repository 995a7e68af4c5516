//! The two label sets of the French parser: UD parts of speech ([`Upos`]) and UD relations with
//! the subtypes UD French GSD uses ([`Deprel`]). Both are small `Copy` enums; `as_str` gives the
//! CoNLL-U spelling, `parse` reads it back (an unknown subtype falls back to its base relation).

/// A universal part of speech (https://universaldependencies.org/u/pos/).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// Every tag, in the order of their class numbers in a model.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The CoNLL-U spelling (`NOUN`, `VERB`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Reads a CoNLL-U tag; `None` for anything else.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A dependency relation (https://universaldependencies.org/u/dep/), with the subtypes of UD
/// French GSD (`nsubj:pass`, `acl:relcl`, `obl:arg`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Deprel {
    Det,
    Case,
    Punct,
    Nmod,
    Amod,
    Nsubj,
    Root,
    OblMod,
    Advmod,
    Conj,
    Obj,
    Cc,
    OblArg,
    Mark,
    FlatName,
    Appos,
    Cop,
    Acl,
    Xcomp,
    AuxTense,
    Nummod,
    Fixed,
    Advcl,
    NsubjPass,
    AuxPass,
    AclRelcl,
    Ccomp,
    OblAgent,
    ExplPv,
    ExplSubj,
    Parataxis,
    Iobj,
    FlatForeign,
    ExplPass,
    ObjLvc,
    AuxCaus,
    ParataxisInsert,
    ExplComp,
    Csubj,
    AdvclCleft,
    Orphan,
    ObjAgent,
    NsubjCaus,
    Dislocated,
    Goeswith,
    Discourse,
    Dep,
    Vocative,
    NsubjOuter,
    Obl,
    CsubjPass,
    IobjAgent,
    Flat,
    DepComp,
    Aux,
    Compound,
    Expl,
    List,
    Reparandum,
    Clf,
}

impl Deprel {
    /// Every relation, in the order of their class numbers in a model.
    pub const ALL: [Deprel; 60] = [
        Deprel::Det,
        Deprel::Case,
        Deprel::Punct,
        Deprel::Nmod,
        Deprel::Amod,
        Deprel::Nsubj,
        Deprel::Root,
        Deprel::OblMod,
        Deprel::Advmod,
        Deprel::Conj,
        Deprel::Obj,
        Deprel::Cc,
        Deprel::OblArg,
        Deprel::Mark,
        Deprel::FlatName,
        Deprel::Appos,
        Deprel::Cop,
        Deprel::Acl,
        Deprel::Xcomp,
        Deprel::AuxTense,
        Deprel::Nummod,
        Deprel::Fixed,
        Deprel::Advcl,
        Deprel::NsubjPass,
        Deprel::AuxPass,
        Deprel::AclRelcl,
        Deprel::Ccomp,
        Deprel::OblAgent,
        Deprel::ExplPv,
        Deprel::ExplSubj,
        Deprel::Parataxis,
        Deprel::Iobj,
        Deprel::FlatForeign,
        Deprel::ExplPass,
        Deprel::ObjLvc,
        Deprel::AuxCaus,
        Deprel::ParataxisInsert,
        Deprel::ExplComp,
        Deprel::Csubj,
        Deprel::AdvclCleft,
        Deprel::Orphan,
        Deprel::ObjAgent,
        Deprel::NsubjCaus,
        Deprel::Dislocated,
        Deprel::Goeswith,
        Deprel::Discourse,
        Deprel::Dep,
        Deprel::Vocative,
        Deprel::NsubjOuter,
        Deprel::Obl,
        Deprel::CsubjPass,
        Deprel::IobjAgent,
        Deprel::Flat,
        Deprel::DepComp,
        Deprel::Aux,
        Deprel::Compound,
        Deprel::Expl,
        Deprel::List,
        Deprel::Reparandum,
        Deprel::Clf,
    ];

    /// The CoNLL-U spelling (`nsubj:pass`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Deprel::Det => "det",
            Deprel::Case => "case",
            Deprel::Punct => "punct",
            Deprel::Nmod => "nmod",
            Deprel::Amod => "amod",
            Deprel::Nsubj => "nsubj",
            Deprel::Root => "root",
            Deprel::OblMod => "obl:mod",
            Deprel::Advmod => "advmod",
            Deprel::Conj => "conj",
            Deprel::Obj => "obj",
            Deprel::Cc => "cc",
            Deprel::OblArg => "obl:arg",
            Deprel::Mark => "mark",
            Deprel::FlatName => "flat:name",
            Deprel::Appos => "appos",
            Deprel::Cop => "cop",
            Deprel::Acl => "acl",
            Deprel::Xcomp => "xcomp",
            Deprel::AuxTense => "aux:tense",
            Deprel::Nummod => "nummod",
            Deprel::Fixed => "fixed",
            Deprel::Advcl => "advcl",
            Deprel::NsubjPass => "nsubj:pass",
            Deprel::AuxPass => "aux:pass",
            Deprel::AclRelcl => "acl:relcl",
            Deprel::Ccomp => "ccomp",
            Deprel::OblAgent => "obl:agent",
            Deprel::ExplPv => "expl:pv",
            Deprel::ExplSubj => "expl:subj",
            Deprel::Parataxis => "parataxis",
            Deprel::Iobj => "iobj",
            Deprel::FlatForeign => "flat:foreign",
            Deprel::ExplPass => "expl:pass",
            Deprel::ObjLvc => "obj:lvc",
            Deprel::AuxCaus => "aux:caus",
            Deprel::ParataxisInsert => "parataxis:insert",
            Deprel::ExplComp => "expl:comp",
            Deprel::Csubj => "csubj",
            Deprel::AdvclCleft => "advcl:cleft",
            Deprel::Orphan => "orphan",
            Deprel::ObjAgent => "obj:agent",
            Deprel::NsubjCaus => "nsubj:caus",
            Deprel::Dislocated => "dislocated",
            Deprel::Goeswith => "goeswith",
            Deprel::Discourse => "discourse",
            Deprel::Dep => "dep",
            Deprel::Vocative => "vocative",
            Deprel::NsubjOuter => "nsubj:outer",
            Deprel::Obl => "obl",
            Deprel::CsubjPass => "csubj:pass",
            Deprel::IobjAgent => "iobj:agent",
            Deprel::Flat => "flat",
            Deprel::DepComp => "dep:comp",
            Deprel::Aux => "aux",
            Deprel::Compound => "compound",
            Deprel::Expl => "expl",
            Deprel::List => "list",
            Deprel::Reparandum => "reparandum",
            Deprel::Clf => "clf",
        }
    }

    /// Reads a CoNLL-U relation. A subtype this enum does not list falls back to its base
    /// relation (`obl:tmod` → `obl`); `None` when even the base is unknown.
    pub fn parse(s: &str) -> Option<Deprel> {
        let find = |s: &str| Deprel::ALL.iter().copied().find(|d| d.as_str() == s);
        find(s).or_else(|| find(s.split(':').next().unwrap_or(s)))
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`), as a string.
    pub fn base(self) -> &'static str {
        let s = self.as_str();
        s.split(':').next().unwrap_or(s)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_back_what_they_write() {
        for u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
            assert_eq!(Upos::ALL[u.index()], u);
        }
        for d in Deprel::ALL {
            assert_eq!(Deprel::parse(d.as_str()), Some(d));
            assert_eq!(Deprel::ALL[d.index()], d);
        }
        assert_eq!(Deprel::parse("obl:tmod"), Some(Deprel::Obl));
        assert_eq!(Deprel::parse("nsubj:pass"), Some(Deprel::NsubjPass));
        assert_eq!(Deprel::NsubjPass.base(), "nsubj");
        assert_eq!(Deprel::parse("frobnicate"), None);
        assert_eq!(Upos::parse("NOUN"), Some(Upos::Noun));
    }
}
