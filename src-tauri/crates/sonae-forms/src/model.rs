//! The plain form model: what a document says, in the order of a Japanese official letter
//! (regulatory.md §6). No layout and no PDF here; [`crate::render`] decides where things go.
//!
//! Every string is final text (already localized); the renderer adds only its own fixed words
//! (記, 以上, the page numbers and the drill marks), which come from Fluent too.

/// A document in the official letter layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The PDF's title (metadata and the viewer's window), e.g. 情報セキュリティインシデント報告書（第一報）.
    pub title: String,
    /// Letter (記 … 以上) or a plain document (資料, 連絡網).
    pub style: Style,
    /// The first this many items are headed but not numbered; numbering starts after them (the
    /// PPC report's 報告の種類 block precedes its items (1)–(9)).
    pub unnumbered: usize,
    /// A drill (訓練) document: every page carries the 訓練 watermark and the 提出しないこと
    /// banner. The renderer always honours it; builders copy it from the case.
    pub drill: bool,
    /// A line in small type at the top of every page (the 訓練実施記録 names its drill there, so
    /// every page says 訓練 without being a drill-marked document); None for letters.
    pub running_head: Option<String>,
    pub letterhead: Letterhead,
    /// 件名, ending in （報告） or the like.
    pub subject: String,
    /// Kind marks after the 件名: 【第一報】, 【速報】 …
    pub kind_marks: Vec<String>,
    /// Paragraphs before 記 (標記について、下記のとおり報告します。).
    pub preamble: Vec<String>,
    /// The numbered items after 記.
    pub items: Vec<Item>,
    /// The contact block at the bottom right (部署, 担当, 電話, メール), one line each.
    pub contact: Vec<String>,
}

/// How the document is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Style {
    /// The official letter (regulatory.md §6): addressee, sender, 件名, 記, numbered items, 以上.
    #[default]
    Letter,
    /// A 資料 (報道発表資料, 警察相談用資料, 緊急連絡網): the subject as a title at the top, the
    /// letterhead lines only where given, numbered items, no 記 and no 以上.
    Plain,
}

/// The top of the first page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Letterhead {
    /// 文書番号, top right (情政第　　号).
    pub doc_number: String,
    /// The date in 和暦, under the document number.
    pub date: String,
    /// The addressee, left, the last line ending in 様 or 殿.
    pub addressee: Vec<String>,
    /// The sender, right: 職名 and 氏名, then e.g. （公印省略）.
    pub sender: Vec<String>,
}

/// One numbered item after 記: `1　heading`, then its blocks, indented.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// What an item holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Running text; `\n` starts a new line.
    Paragraph(String),
    /// `label：value` lines, values aligned and wrapped under themselves.
    Fields(Vec<(String, String)>),
    /// A table with a header row, repeated on every page the table continues on.
    Table(Table),
    /// A horizontal bar chart drawn with rectangles and lines (the 年次報告's figures).
    BarChart(BarChart),
}

/// A horizontal bar chart: one bar per row, its label on the left and its value with the unit
/// at the end of the bar; bars are scaled to the largest value, with a scale line under them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarChart {
    /// (label, value), in the order drawn (top to bottom).
    pub bars: Vec<(String, u32)>,
    /// Said after each value (件).
    pub unit: String,
}

/// A table: columns with relative widths, and rows of cell text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    /// Each row has one text per column (missing cells are empty).
    pub rows: Vec<Vec<String>>,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    /// Relative width (the widths of all columns share the text width).
    pub weight: u16,
}
