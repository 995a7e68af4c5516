//! French verb inflection for the reporting-verb lists: the forms a news article gives a
//! third-person speaker (present, imperfect, passé simple, future, conditional, past
//! participles for compound tenses and reflexives, infinitive after « a tenu à », present
//! participle), singular and plural, generated from a verb's root and its paradigm so that no
//! tense is forgotten by hand.

/// How one class of verbs inflects: the endings that follow the root (the infinitive without
/// [`Paradigm::ending`]), by tense, third person singular then plural.
#[derive(Debug)]
pub struct Paradigm {
    /// What the infinitive ends in (« er », « enir », « mettre »).
    pub ending: &'static str,
    /// Present.
    pub present: &'static [&'static str],
    /// Imperfect.
    pub imperfect: &'static [&'static str],
    /// Passé simple.
    pub simple_past: &'static [&'static str],
    /// Future.
    pub future: &'static [&'static str],
    /// Conditional.
    pub conditional: &'static [&'static str],
    /// Past participles, masculine singular first.
    pub participles: &'static [&'static str],
    /// Infinitive and present participle.
    pub nonfinite: &'static [&'static str],
    /// Other persons (« nous estimons », « vous dites »): only for `-er` verbs and « dire », as
    /// the lists always had them; a first person outside quotation marks is the writer's.
    pub other_persons: &'static [&'static str],
}

/// Regular `-er` verbs (« affirmer »); the root takes « ç » or « ge » before « a » and « o »
/// (see [`join`]).
pub const ER: Paradigm = Paradigm {
    ending: "er",
    present: &["e", "ent"],
    imperfect: &["ait", "aient"],
    simple_past: &["a", "èrent"],
    future: &["era", "eront"],
    conditional: &["erait", "eraient"],
    participles: &["é", "ée", "és", "ées"],
    nonfinite: &["er", "ant"],
    other_persons: &[
        "es", "ons", "ez", "ais", "ai", "ions", "iez", "ât", "eras", "erons",
    ],
};

/// « réagir », « avertir », « se réjouir », « renchérir ».
pub const FINIR: Paradigm = Paradigm {
    ending: "ir",
    present: &["it", "issent"],
    imperfect: &["issait", "issaient"],
    simple_past: &["it", "irent"],
    future: &["ira", "iront"],
    conditional: &["irait", "iraient"],
    participles: &["i", "ie", "is", "ies"],
    nonfinite: &["ir", "issant"],
    other_persons: &[],
};

/// « maintenir », « soutenir », « prévenir », « se souvenir ».
pub const TENIR: Paradigm = Paradigm {
    ending: "enir",
    present: &["ient", "iennent"],
    imperfect: &["enait", "enaient"],
    simple_past: &["int", "inrent"],
    future: &["iendra", "iendront"],
    conditional: &["iendrait", "iendraient"],
    participles: &["enu", "enue", "enus", "enues"],
    nonfinite: &["enir", "enant"],
    other_persons: &[],
};

/// « admettre », « promettre », « émettre », « remettre ».
pub const METTRE: Paradigm = Paradigm {
    ending: "mettre",
    present: &["met", "mettent"],
    imperfect: &["mettait", "mettaient"],
    simple_past: &["mit", "mirent"],
    future: &["mettra", "mettront"],
    conditional: &["mettrait", "mettraient"],
    participles: &["mis", "mise", "mises"],
    nonfinite: &["mettre", "mettant"],
    other_persons: &[],
};

/// « apprendre », « reprendre », « s'en prendre à ».
pub const PRENDRE: Paradigm = Paradigm {
    ending: "prendre",
    present: &["prend", "prennent"],
    imperfect: &["prenait", "prenaient"],
    simple_past: &["prit", "prirent"],
    future: &["prendra", "prendront"],
    conditional: &["prendrait", "prendraient"],
    participles: &["pris", "prise", "prises"],
    nonfinite: &["prendre", "prenant"],
    other_persons: &[],
};

/// « répondre », « prétendre », « défendre », « se rendre compte ».
pub const RENDRE: Paradigm = Paradigm {
    ending: "dre",
    present: &["d", "dent"],
    imperfect: &["dait", "daient"],
    simple_past: &["dit", "dirent"],
    future: &["dra", "dront"],
    conditional: &["drait", "draient"],
    participles: &["du", "due", "dus", "dues"],
    nonfinite: &["dre", "dant"],
    other_persons: &[],
};

/// « dire », « prédire », « contredire » (« dites » and « disons » are « dire »'s own).
pub const DIRE: Paradigm = Paradigm {
    ending: "dire",
    present: &["dit", "disent"],
    imperfect: &["disait", "disaient"],
    simple_past: &["dit", "dirent"],
    future: &["dira", "diront"],
    conditional: &["dirait", "diraient"],
    participles: &["dit", "dite", "dits", "dites"],
    nonfinite: &["dire", "disant"],
    other_persons: &["disons", "dites"],
};

/// « écrire », « décrire ».
pub const ECRIRE: Paradigm = Paradigm {
    ending: "crire",
    present: &["crit", "crivent"],
    imperfect: &["crivait", "crivaient"],
    simple_past: &["crivit", "crivirent"],
    future: &["crira", "criront"],
    conditional: &["crirait", "criraient"],
    participles: &["crit", "crite", "crits", "crites"],
    nonfinite: &["crire", "crivant"],
    other_persons: &[],
};

/// « reconnaître » (and its spelling without the circumflex).
pub const CONNAITRE: Paradigm = Paradigm {
    ending: "aître",
    present: &["aît", "ait", "aissent"],
    imperfect: &["aissait", "aissaient"],
    simple_past: &["ut", "urent"],
    future: &["aîtra", "aîtront", "aitra", "aitront"],
    conditional: &["aîtrait", "aîtraient", "aitrait", "aitraient"],
    participles: &["u", "ue", "us", "ues"],
    nonfinite: &["aître", "aitre", "aissant"],
    other_persons: &[],
};

/// « conclure », « exclure ».
pub const CONCLURE: Paradigm = Paradigm {
    ending: "clure",
    present: &["clut", "cluent"],
    imperfect: &["cluait", "cluaient"],
    simple_past: &["clut", "clurent"],
    future: &["clura", "cluront"],
    conditional: &["clurait", "cluraient"],
    participles: &["clu", "clue", "clus", "clues"],
    nonfinite: &["clure", "cluant"],
    other_persons: &[],
};

/// « craindre », « enjoindre », « se plaindre ».
pub const CRAINDRE: Paradigm = Paradigm {
    ending: "indre",
    present: &["int", "ignent"],
    imperfect: &["ignait", "ignaient"],
    simple_past: &["ignit", "ignirent"],
    future: &["indra", "indront"],
    conditional: &["indrait", "indraient"],
    participles: &["int", "inte", "ints", "intes"],
    nonfinite: &["indre", "ignant"],
    other_persons: &[],
};

/// « démentir », « sentir ».
pub const MENTIR: Paradigm = Paradigm {
    ending: "tir",
    present: &["t", "tent"],
    imperfect: &["tait", "taient"],
    simple_past: &["tit", "tirent"],
    future: &["tira", "tiront"],
    conditional: &["tirait", "tiraient"],
    participles: &["ti", "tie", "tis", "ties"],
    nonfinite: &["tir", "tant"],
    other_persons: &[],
};

/// « poursuivre ».
pub const SUIVRE: Paradigm = Paradigm {
    ending: "suivre",
    present: &["suit", "suivent"],
    imperfect: &["suivait", "suivaient"],
    simple_past: &["suivit", "suivirent"],
    future: &["suivra", "suivront"],
    conditional: &["suivrait", "suivraient"],
    participles: &["suivi", "suivie", "suivis", "suivies"],
    nonfinite: &["suivre", "suivant"],
    other_persons: &[],
};

/// « sourire ».
pub const RIRE: Paradigm = Paradigm {
    ending: "rire",
    present: &["rit", "rient"],
    imperfect: &["riait", "riaient"],
    simple_past: &["rit", "rirent"],
    future: &["rira", "riront"],
    conditional: &["rirait", "riraient"],
    participles: &["ri"],
    nonfinite: &["rire", "riant"],
    other_persons: &[],
};

/// « prévoir » (future « prévoira », unlike « voir »).
pub const PREVOIR: Paradigm = Paradigm {
    ending: "voir",
    present: &["voit", "voient"],
    imperfect: &["voyait", "voyaient"],
    simple_past: &["vit", "virent"],
    future: &["voira", "voiront"],
    conditional: &["voirait", "voiraient"],
    participles: &["vu", "vue", "vus", "vues"],
    nonfinite: &["voir", "voyant"],
    other_persons: &[],
};

/// « s'apercevoir », « recevoir ».
pub const CEVOIR: Paradigm = Paradigm {
    ending: "cevoir",
    present: &["çoit", "çoivent"],
    imperfect: &["cevait", "cevaient"],
    simple_past: &["çut", "çurent"],
    future: &["cevra", "cevront"],
    conditional: &["cevrait", "cevraient"],
    participles: &["çu", "çue", "çus", "çues"],
    nonfinite: &["cevoir", "cevant"],
    other_persons: &[],
};

/// « croire ».
pub const CROIRE: Paradigm = Paradigm {
    ending: "croire",
    present: &["croit", "croient"],
    imperfect: &["croyait", "croyaient"],
    simple_past: &["crut", "crurent"],
    future: &["croira", "croiront"],
    conditional: &["croirait", "croiraient"],
    participles: &["cru", "crue", "crus", "crues"],
    nonfinite: &["croire", "croyant"],
    other_persons: &[],
};

/// « requérir », « acquérir ».
pub const QUERIR: Paradigm = Paradigm {
    ending: "quérir",
    present: &["quiert", "quièrent"],
    imperfect: &["quérait", "quéraient"],
    simple_past: &["quit", "quirent"],
    future: &["querra", "querront"],
    conditional: &["querrait", "querraient"],
    participles: &["quis", "quise", "quises"],
    nonfinite: &["quérir", "quérant"],
    other_persons: &[],
};

/// « faire savoir », « faire valoir ».
pub const FAIRE: Paradigm = Paradigm {
    ending: "faire",
    present: &["fait", "font"],
    imperfect: &["faisait", "faisaient"],
    simple_past: &["fit", "firent"],
    future: &["fera", "feront"],
    conditional: &["ferait", "feraient"],
    participles: &["fait", "faite", "faits", "faites"],
    nonfinite: &["faire", "faisant"],
    other_persons: &[],
};

/// « s'émouvoir ».
pub const MOUVOIR: Paradigm = Paradigm {
    ending: "mouvoir",
    present: &["meut", "meuvent"],
    imperfect: &["mouvait", "mouvaient"],
    simple_past: &["mut", "murent"],
    future: &["mouvra", "mouvront"],
    conditional: &["mouvrait", "mouvraient"],
    participles: &["mu", "mue", "mus", "mues"],
    nonfinite: &["mouvoir", "mouvant"],
    other_persons: &[],
};

/// « se vouloir rassurant ».
pub const VOULOIR: Paradigm = Paradigm {
    ending: "vouloir",
    present: &["veut", "veulent"],
    imperfect: &["voulait", "voulaient"],
    simple_past: &["voulut", "voulurent"],
    future: &["voudra", "voudront"],
    conditional: &["voudrait", "voudraient"],
    participles: &["voulu", "voulue", "voulus", "voulues"],
    nonfinite: &["vouloir", "voulant"],
    other_persons: &[],
};

/// Which forms of a verb to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Every form.
    All,
    /// Finite forms and the masculine singular participle: a verb that reports only in an
    /// incise (« des chiffres publiés mardi » is no verb of the sentence).
    Incise,
}

/// The root of `infinitive` in `paradigm`; panics when the infinitive does not fit it (a
/// mistake in the lists, which the tests catch).
fn root<'a>(infinitive: &'a str, paradigm: &Paradigm) -> &'a str {
    infinitive
        .strip_suffix(paradigm.ending)
        .unwrap_or_else(|| panic!("{infinitive} does not end in {}", paradigm.ending))
}

/// `root` and `ending` joined, the spelling kept before « a » and « o » (« annonçait »,
/// « exigeait »).
pub fn join(root: &str, ending: &str) -> String {
    let hard_vowel = ending.starts_with(['a', 'o', 'â']);
    if hard_vowel && root.ends_with('g') {
        format!("{root}e{ending}")
    } else if hard_vowel && root.ends_with('c') {
        format!("{}ç{ending}", &root[..root.len() - 1])
    } else {
        format!("{root}{ending}")
    }
}

/// The forms of the verb whose infinitive (without « se ») is `infinitive`, inflected as
/// `paradigm`.
pub fn forms(infinitive: &str, paradigm: &Paradigm, which: Which) -> Vec<String> {
    inflect(root(infinitive, paradigm), paradigm, which)
}

/// The forms of the verb whose root is `root`, inflected as `paradigm`.
pub fn inflect(root: &str, paradigm: &Paradigm, which: Which) -> Vec<String> {
    let participles = match which {
        Which::All => paradigm.participles,
        Which::Incise => &paradigm.participles[..1],
    };
    [
        paradigm.present,
        paradigm.imperfect,
        paradigm.simple_past,
        paradigm.future,
        paradigm.conditional,
        participles,
        paradigm.nonfinite,
        paradigm.other_persons,
    ]
    .iter()
    .flat_map(|endings| endings.iter().map(|e| join(root, e)))
    .collect()
}

/// The past participles of `infinitive` that are no finite form as well (« admis », « reconnue »,
/// « réjouis »; not « dit », also a present).
pub fn participles(infinitive: &str, paradigm: &Paradigm) -> Vec<String> {
    let root = root(infinitive, paradigm);
    let finite: Vec<String> = [
        paradigm.present,
        paradigm.imperfect,
        paradigm.simple_past,
        paradigm.future,
        paradigm.conditional,
        paradigm.other_persons,
    ]
    .iter()
    .flat_map(|endings| endings.iter().map(|e| join(root, e)))
    .collect();
    all_participles(infinitive, paradigm)
        .into_iter()
        .filter(|p| !finite.contains(p))
        .collect()
}

/// Every past participle of `infinitive`, those that are a finite form as well included
/// (« dit », « écrit »).
pub fn all_participles(infinitive: &str, paradigm: &Paradigm) -> Vec<String> {
    let root = root(infinitive, paradigm);
    paradigm.participles.iter().map(|e| join(root, e)).collect()
}

/// The forms of `infinitive` that tell what happens or happened (present, imperfect, passé
/// simple, past participles), not what will or would (future, conditional) nor the
/// non-finite forms: those of a verb that leads an infinitive cue (« a tenu à rappeler »).
pub fn stated_forms(infinitive: &str, paradigm: &Paradigm) -> Vec<String> {
    let root = root(infinitive, paradigm);
    [
        paradigm.present,
        paradigm.imperfect,
        paradigm.simple_past,
        paradigm.participles,
    ]
    .iter()
    .flat_map(|endings| endings.iter().map(|e| join(root, e)))
    .collect()
}

/// The present participle of `infinitive` (« tenant », « bornant », « empressant »).
pub fn present_participle(infinitive: &str, paradigm: &Paradigm) -> Option<String> {
    let ending = paradigm.nonfinite.last()?;
    Some(join(root(infinitive, paradigm), ending))
}

/// The passé simple forms of `infinitive` that are no present as well (« admit », « reconnut »,
/// « maintinrent »; not « dit » nor « réagit », also presents).
pub fn simple_pasts(infinitive: &str, paradigm: &Paradigm) -> Vec<String> {
    let root = root(infinitive, paradigm);
    let present: Vec<String> = paradigm.present.iter().map(|e| join(root, e)).collect();
    paradigm
        .simple_past
        .iter()
        .map(|e| join(root, e))
        .filter(|p| !present.contains(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hard_vowels_keep_the_soft_consonant() {
        assert_eq!(join("exig", "ait"), "exigeait");
        assert_eq!(join("exig", "ent"), "exigent");
        assert_eq!(join("menac", "ant"), "menaçant");
        assert_eq!(join("menac", "é"), "menacé");
        assert_eq!(join("affirm", "a"), "affirma");
    }

    #[test]
    fn incise_verbs_keep_one_participle() {
        let all = forms("renchérir", &FINIR, Which::All);
        let incise = forms("renchérir", &FINIR, Which::Incise);
        assert!(all.contains(&"renchéries".to_string()));
        assert!(!incise.contains(&"renchéries".to_string()));
        assert!(incise.contains(&"renchéri".to_string()));
        assert!(incise.contains(&"renchérirent".to_string()));
    }

    #[test]
    fn stated_forms_leave_out_future_and_conditional() {
        let tenir = stated_forms("tenir", &TENIR);
        for form in ["tient", "tiennent", "tenait", "tint", "tenu", "tenues"] {
            assert!(tenir.contains(&form.to_string()), "{form}");
        }
        for form in ["tiendra", "tiendrait", "tenir", "tenant"] {
            assert!(!tenir.contains(&form.to_string()), "{form}");
        }
    }

    #[test]
    fn simple_pasts_exclude_presents() {
        assert_eq!(simple_pasts("admettre", &METTRE), ["admit", "admirent"]);
        assert_eq!(
            simple_pasts("maintenir", &TENIR),
            ["maintint", "maintinrent"]
        );
        assert_eq!(simple_pasts("dire", &DIRE), ["dirent"]);
        assert_eq!(simple_pasts("réagir", &FINIR), ["réagirent"]);
    }

    #[test]
    fn participles_exclude_finite_forms() {
        assert_eq!(participles("dire", &DIRE), ["dite", "dits"]);
        assert_eq!(
            participles("admettre", &METTRE),
            ["admis", "admise", "admises"]
        );
        assert!(participles("craindre", &CRAINDRE).contains(&"crainte".to_string()));
        assert!(!participles("craindre", &CRAINDRE).contains(&"craint".to_string()));
    }
}
