//! The two typefaces of every document — BIZ UD明朝 for the body, BIZ UDゴシック Bold for
//! headings — found on disk, parsed once and checked before anything is drawn.
//!
//! Where a font is looked for, in order, for each candidate file (BIZ UD first, then the system
//! Japanese fonts Debian ships, IPAex and Noto CJK): the configured directory (the app's bundled
//! resources), `$SONAE_FONT_DIR`, then the candidate's standard Debian directory. If no candidate
//! is found the error names the file and the package to install and every place searched; a
//! font lacking the glyphs a Japanese document needs is refused. A document is never drawn with
//! missing glyphs.

use printpdf::ParsedFont;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

/// The environment variable naming an extra font directory.
pub const FONT_DIR_ENV: &str = "SONAE_FONT_DIR";

/// The app's bundled font resources, set once at start-up by the desktop app.
static APP_FONT_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Tells [`Fonts::shared`] where the app's bundled fonts are (the package's `fonts/` resource
/// folder); they are looked in first. A second call is ignored.
pub fn set_app_font_dir(dir: PathBuf) {
    let _ = APP_FONT_DIR.set(dir);
}

/// What a typeface is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FontRole {
    /// 本文: BIZ UD明朝 Regular.
    Body,
    /// 見出し, 件名, table headers, the drill marks: BIZ UDゴシック Bold.
    Heading,
}

/// A font file that can fill a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub file: &'static str,
    /// The face inside a `.ttc` collection (0 for a plain `.ttf`).
    pub face: usize,
    /// Where Debian's package puts it.
    pub debian_dir: &'static str,
    /// The Debian package that provides it.
    pub package: &'static str,
}

/// The candidates of a role, preferred first. The BIZ UD fonts are the ones the layout is
/// designed for; the others keep documents possible on a machine without them.
pub fn candidates(role: FontRole) -> &'static [Candidate] {
    match role {
        FontRole::Body => &[
            Candidate {
                file: "BIZUDMincho-Regular.ttf",
                face: 0,
                debian_dir: "/usr/share/fonts/truetype/bizud-mincho",
                package: "fonts-morisawa-bizud-mincho",
            },
            Candidate {
                file: "ipaexm.ttf",
                face: 0,
                debian_dir: "/usr/share/fonts/opentype/ipaexfont-mincho",
                package: "fonts-ipaexfont-mincho",
            },
            Candidate {
                file: "NotoSerifCJK-Regular.ttc",
                face: 0,
                debian_dir: "/usr/share/fonts/opentype/noto",
                package: "fonts-noto-cjk",
            },
        ],
        FontRole::Heading => &[
            Candidate {
                file: "BIZUDGothic-Bold.ttf",
                face: 0,
                debian_dir: "/usr/share/fonts/truetype/bizud-gothic",
                package: "fonts-morisawa-bizud-gothic",
            },
            Candidate {
                file: "ipaexg.ttf",
                face: 0,
                debian_dir: "/usr/share/fonts/opentype/ipaexfont-gothic",
                package: "fonts-ipaexfont-gothic",
            },
            Candidate {
                file: "NotoSansCJK-Bold.ttc",
                face: 0,
                debian_dir: "/usr/share/fonts/opentype/noto",
                package: "fonts-noto-cjk-extra",
            },
        ],
    }
}

/// Characters every document font must have: kana, common kanji, the punctuation of official
/// documents, full-width digits, and 〓 (the mark that stands in for a character no font has).
pub const REQUIRED_GLYPHS: &str = "あアー亜報告書、。・（）「」【】〓０１Ａａ0123456789AZaz:/-";

/// Why the fonts could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontError {
    /// No candidate file of a role exists anywhere searched.
    NotFound {
        role: FontRole,
        /// The preferred file, e.g. `BIZUDMincho-Regular.ttf`.
        file: &'static str,
        /// The Debian package that provides it.
        package: &'static str,
        /// Every directory looked in.
        searched: Vec<PathBuf>,
    },
    /// The file exists but could not be read.
    Unreadable { path: PathBuf },
    /// The file is not a font printpdf can parse.
    Invalid { path: PathBuf },
    /// The font lacks glyphs a Japanese document needs.
    Incomplete { path: PathBuf, missing: String },
}

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontError::NotFound { file, package, searched, .. } => {
                let dirs: Vec<String> = searched.iter().map(|p| p.display().to_string()).collect();
                write!(f, "font {file} not found (install {package} or set {FONT_DIR_ENV}); searched {}", dirs.join(", "))
            }
            FontError::Unreadable { path } => write!(f, "font file {} cannot be read", path.display()),
            FontError::Invalid { path } => write!(f, "{} is not a usable font", path.display()),
            FontError::Incomplete { path, missing } => write!(f, "font {} lacks the glyphs {missing}", path.display()),
        }
    }
}

impl std::error::Error for FontError {}

/// Where fonts are looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDirs {
    /// The configured directory (e.g. the app's bundled font resources).
    pub configured: Option<PathBuf>,
    /// `$SONAE_FONT_DIR`.
    pub env: Option<PathBuf>,
    /// The file system root the standard Debian directories are under (`/`; tests use a
    /// temporary directory).
    pub system_root: PathBuf,
}

impl SearchDirs {
    /// The configured directory, `$SONAE_FONT_DIR` (when set and not empty) and `/`.
    pub fn from_env(configured: Option<&Path>) -> SearchDirs {
        let env = std::env::var_os(FONT_DIR_ENV).filter(|v| !v.is_empty()).map(PathBuf::from);
        SearchDirs { configured: configured.map(Path::to_owned), env, system_root: PathBuf::from("/") }
    }
}

/// The chosen file of each role.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FontPaths {
    pub body: (PathBuf, usize),
    pub heading: (PathBuf, usize),
}

impl FontPaths {
    /// Finds a file for each role (see the module doc for the order). Only checks existence.
    pub fn find(dirs: &SearchDirs) -> Result<FontPaths, FontError> {
        Ok(FontPaths { body: find_role(FontRole::Body, dirs)?, heading: find_role(FontRole::Heading, dirs)? })
    }
}

fn find_role(role: FontRole, dirs: &SearchDirs) -> Result<(PathBuf, usize), FontError> {
    let mut searched: Vec<PathBuf> = Vec::new();
    for c in candidates(role) {
        let standard = dirs.system_root.join(c.debian_dir.trim_start_matches('/'));
        let places = dirs.configured.iter().chain(dirs.env.iter()).cloned().chain(std::iter::once(standard));
        for dir in places {
            let path = dir.join(c.file);
            if path.is_file() {
                return Ok((path, c.face));
            }
            if !searched.contains(&dir) {
                searched.push(dir);
            }
        }
    }
    let first = candidates(role)[0];
    Err(FontError::NotFound { role, file: first.file, package: first.package, searched })
}

/// One parsed typeface with the metrics layout needs.
#[derive(Debug)]
pub(crate) struct LoadedFont {
    pub(crate) parsed: ParsedFont,
    units_per_em: f32,
    /// Ascender and descender (negative) in em.
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
    /// Every character looked up so far: its glyph and advance (em), or `None` when the font
    /// lacks it. The font's own lookup walks the cmap's groups one by one (thousands in a CJK
    /// font), and a 17-page document asks for tens of thousands of characters: without this the
    /// lookups were most of a document's time (issue 10).
    glyphs: RwLock<HashMap<char, Option<(u16, f32)>>>,
}

impl LoadedFont {
    fn load(path: &Path, face: usize) -> Result<LoadedFont, FontError> {
        let bytes = std::fs::read(path).map_err(|_| FontError::Unreadable { path: path.to_owned() })?;
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&bytes, face, &mut warnings).ok_or_else(|| FontError::Invalid { path: path.to_owned() })?;
        let m = &parsed.pdf_font_metrics;
        if m.units_per_em == 0 {
            return Err(FontError::Invalid { path: path.to_owned() });
        }
        let units_per_em = f32::from(m.units_per_em);
        let (ascent, descent) = (f32::from(m.ascender) / units_per_em, f32::from(m.descender) / units_per_em);
        let font = LoadedFont { parsed, units_per_em, ascent, descent, glyphs: RwLock::new(HashMap::new()) };
        let missing: String = REQUIRED_GLYPHS.chars().filter(|c| !font.has(*c)).collect();
        if !missing.is_empty() {
            return Err(FontError::Incomplete { path: path.to_owned(), missing });
        }
        Ok(font)
    }

    /// The glyph of `c` and its advance in em, or `None` when the font lacks it.
    pub(crate) fn glyph(&self, c: char) -> Option<(u16, f32)> {
        if let Some(found) = self.glyphs.read().ok().and_then(|m| m.get(&c).copied()) {
            return found;
        }
        let found = match self.parsed.lookup_glyph_index(u32::from(c)) {
            Some(g) if g != 0 => Some((g, f32::from(self.parsed.get_horizontal_advance(g)) / self.units_per_em)),
            _ => None,
        };
        if let Ok(mut m) = self.glyphs.write() {
            m.insert(c, found);
        }
        found
    }

    /// Whether the font draws `c`.
    pub(crate) fn has(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// The advance of `c` in em (0 when the font lacks it: callers replace such characters first).
    pub(crate) fn advance(&self, c: char) -> f32 {
        self.glyph(c).map_or(0.0, |(_, a)| a)
    }
}

/// The loaded fonts of documents. Loading parses two font files (tens of milliseconds), so a
/// process keeps them: see [`Fonts::shared`].
#[derive(Debug)]
pub struct Fonts {
    pub(crate) body: LoadedFont,
    pub(crate) heading: LoadedFont,
    pub paths: FontPaths,
}

impl Fonts {
    /// Loads and checks the fonts at `paths`.
    pub fn load(paths: &FontPaths) -> Result<Fonts, FontError> {
        Ok(Fonts {
            body: LoadedFont::load(&paths.body.0, paths.body.1)?,
            heading: LoadedFont::load(&paths.heading.0, paths.heading.1)?,
            paths: paths.clone(),
        })
    }

    /// The fonts found from `configured` (else the app's bundled fonts, [`set_app_font_dir`]) and
    /// the environment, loaded once per process for each set of files (a failure is not
    /// remembered: installing the fonts and retrying works).
    pub fn shared(configured: Option<&Path>) -> Result<Arc<Fonts>, FontError> {
        static LOADED: Mutex<Option<HashMap<FontPaths, Arc<Fonts>>>> = Mutex::new(None);
        let configured = configured.or_else(|| APP_FONT_DIR.get().map(PathBuf::as_path));
        let paths = FontPaths::find(&SearchDirs::from_env(configured))?;
        if let Some(f) = LOADED.lock().ok().and_then(|m| m.as_ref().and_then(|m| m.get(&paths).cloned())) {
            return Ok(f);
        }
        let fonts = Arc::new(Fonts::load(&paths)?);
        if let Ok(mut m) = LOADED.lock() {
            m.get_or_insert_with(HashMap::new).insert(paths, fonts.clone());
        }
        Ok(fonts)
    }

    pub(crate) fn get(&self, role: FontRole) -> &LoadedFont {
        match role {
            FontRole::Body => &self.body,
            FontRole::Heading => &self.heading,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(dir: &Path, file: &str) -> PathBuf {
        std::fs::create_dir_all(dir).unwrap();
        let p = dir.join(file);
        std::fs::write(&p, b"not a font").unwrap();
        p
    }

    fn dirs(root: &Path) -> SearchDirs {
        SearchDirs { configured: Some(root.join("conf")), env: Some(root.join("env")), system_root: root.join("sys") }
    }

    #[test]
    fn the_configured_directory_wins_then_the_environment_then_debian() {
        let tmp = tempfile::tempdir().unwrap();
        let d = dirs(tmp.path());
        let body_env = touch(&tmp.path().join("env"), "BIZUDMincho-Regular.ttf");
        touch(&tmp.path().join("env"), "BIZUDGothic-Bold.ttf");
        let head_conf = touch(&tmp.path().join("conf"), "BIZUDGothic-Bold.ttf");
        touch(&tmp.path().join("sys/usr/share/fonts/truetype/bizud-mincho"), "BIZUDMincho-Regular.ttf");
        let found = FontPaths::find(&d).unwrap();
        assert_eq!(found.body, (body_env, 0));
        assert_eq!(found.heading, (head_conf, 0));

        let tmp = tempfile::tempdir().unwrap();
        let d = dirs(tmp.path());
        let body = touch(&tmp.path().join("sys/usr/share/fonts/truetype/bizud-mincho"), "BIZUDMincho-Regular.ttf");
        let head = touch(&tmp.path().join("sys/usr/share/fonts/truetype/bizud-gothic"), "BIZUDGothic-Bold.ttf");
        assert_eq!(FontPaths::find(&d).unwrap(), FontPaths { body: (body, 0), heading: (head, 0) });
    }

    #[test]
    fn biz_ud_anywhere_beats_a_system_fallback_and_a_fallback_beats_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let d = dirs(tmp.path());
        touch(&tmp.path().join("conf"), "ipaexm.ttf");
        let noto = touch(&tmp.path().join("sys/usr/share/fonts/opentype/noto"), "NotoSansCJK-Bold.ttc");
        let biz = touch(&tmp.path().join("sys/usr/share/fonts/truetype/bizud-mincho"), "BIZUDMincho-Regular.ttf");
        let found = FontPaths::find(&d).unwrap();
        assert_eq!(found.body, (biz, 0));
        assert_eq!(found.heading, (noto, 0));
    }

    #[test]
    fn a_missing_font_is_named_with_its_package_and_every_place_searched() {
        let tmp = tempfile::tempdir().unwrap();
        let d = dirs(tmp.path());
        touch(&tmp.path().join("env"), "BIZUDMincho-Regular.ttf");
        match FontPaths::find(&d) {
            Err(FontError::NotFound { role, file, package, searched }) => {
                assert_eq!(role, FontRole::Heading);
                assert_eq!(file, "BIZUDGothic-Bold.ttf");
                assert_eq!(package, "fonts-morisawa-bizud-gothic");
                assert_eq!(searched[0], tmp.path().join("conf"));
                assert_eq!(searched[1], tmp.path().join("env"));
                assert!(searched.contains(&tmp.path().join("sys/usr/share/fonts/truetype/bizud-gothic")));
                assert!(searched.contains(&tmp.path().join("sys/usr/share/fonts/opentype/noto")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_that_is_not_a_font_is_refused_by_name() {
        let tmp = tempfile::tempdir().unwrap();
        let junk = touch(tmp.path(), "BIZUDMincho-Regular.ttf");
        let paths = FontPaths { body: (junk.clone(), 0), heading: (junk.clone(), 0) };
        assert_eq!(Fonts::load(&paths).unwrap_err(), FontError::Invalid { path: junk });
        let gone = tmp.path().join("gone.ttf");
        let paths = FontPaths { body: (gone.clone(), 0), heading: (gone.clone(), 0) };
        assert_eq!(Fonts::load(&paths).unwrap_err(), FontError::Unreadable { path: gone });
    }
}
