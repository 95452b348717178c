//! Layout and PDF: a [`Document`] flowed onto A4 pages in the official letter layout, drawn with
//! printpdf, fonts embedded and subset.
//!
//! Positions are computed here in points from the page's top-left corner (`y` grows downwards,
//! as one reads) and turned into PDF coordinates only when an operation is emitted. Pages are
//! laid out completely first, so the footer can say "1 / 3".
//!
//! A document with a running head gets it in small type at the top right of every page.
//!
//! Drill documents get, on every page and after everything else (so nothing can cover it), a
//! large translucent 訓練 across the page and a red 訓練用 — 提出しないこと banner at the top.

use crate::fonts::{FontRole, Fonts, LoadedFont};
use crate::model::{BarChart, Block, Document, Style, Table};
use crate::text::{break_lines, sanitize};
use printpdf::{
    Codepoint, Color, ExtendedGraphicsState, ExtendedGraphicsStateId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};
use sonae_i18n::Localizer;

const PAGE_W: f32 = 595.276;
const PAGE_H: f32 = 841.89;
const MM: f32 = 72.0 / 25.4;
const LEFT: f32 = 25.0 * MM;
const RIGHT: f32 = PAGE_W - 20.0 * MM;
const TOP: f32 = 25.0 * MM;
const BOTTOM: f32 = PAGE_H - 22.0 * MM;
const TEXT_W: f32 = RIGHT - LEFT;

const BODY: f32 = 10.5;
const BODY_LH: f32 = 18.0;
const SUBJECT: f32 = 13.0;
const SUBJECT_LH: f32 = 22.0;
const TITLE: f32 = 16.0;
const TITLE_LH: f32 = 26.0;
const CELL: f32 = 9.5;
const CELL_LH: f32 = 14.0;
const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
const FOOTER: f32 = 9.0;
const RUNNING_HEAD: f32 = 8.0;
/// Body text is indented one character under an item's heading.
const INDENT: f32 = BODY;

/// The renderer's own words, from Fluent (`forms.ftl`).
struct Labels {
    ki: String,
    ijou: String,
    watermark: String,
    banner: String,
    page: Box<dyn Fn(usize, usize) -> String>,
}

impl Labels {
    fn new(l10n: &Localizer) -> Labels {
        let page_fmt = l10n.msg("forms-page-number", &[("page", "\u{1}"), ("pages", "\u{2}")]);
        Labels {
            ki: l10n.msg("forms-ki", &[]),
            ijou: l10n.msg("forms-ijou", &[]),
            watermark: l10n.msg("forms-drill-watermark", &[]),
            banner: l10n.msg("forms-drill-banner", &[]),
            page: Box::new(move |p, n| page_fmt.replace('\u{1}', &p.to_string()).replace('\u{2}', &n.to_string())),
        }
    }
}

/// A rendered document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Characters no font could draw, set as 〓 (ゲタ記号) instead.
    pub replaced: Vec<char>,
}

/// Renders `doc` with `fonts`; the fixed words come from `l10n`. `issued_at` (Unix seconds)
/// becomes the PDF's creation date.
pub fn render(doc: &Document, fonts: &Fonts, l10n: &Localizer, issued_at: i64) -> Pdf {
    let labels = Labels::new(l10n);
    let mut pdf = PdfDocument::new(&doc.title);
    let date = printpdf::OffsetDateTime::from_unix_timestamp(issued_at)
        .unwrap_or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0).expect("epoch"));
    pdf.metadata.info.creation_date = date;
    pdf.metadata.info.modification_date = date;
    pdf.metadata.info.metadata_date = date;
    let body = PdfFontHandle::External(pdf.add_font(&fonts.body.parsed));
    let heading = PdfFontHandle::External(pdf.add_font(&fonts.heading.parsed));
    let translucent =
        pdf.add_graphics_state(ExtendedGraphicsState::default().with_current_fill_alpha(0.13).with_current_stroke_alpha(0.13));
    let mut w = Writer { fonts, body, heading, pages: vec![Vec::new()], y: TOP, replaced: Vec::new(), label_w: 0.0 };
    w.document(doc, &labels);
    let head = doc.running_head.as_deref().map(|h| w.head_line(h));
    let total = w.pages.len();
    let pages: Vec<PdfPage> = std::mem::take(&mut w.pages)
        .into_iter()
        .enumerate()
        .map(|(i, mut ops)| {
            w.footer(&mut ops, &(labels.page)(i + 1, total));
            if let Some(head) = &head {
                w.running_head(&mut ops, head);
            }
            if doc.drill {
                w.drill_marks(&mut ops, &labels, &translucent);
            }
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    let bytes = pdf.with_pages(pages).save(&PdfSaveOptions { subset_fonts: true, ..PdfSaveOptions::default() }, &mut Vec::new());
    Pdf { bytes, pages: total, replaced: w.replaced }
}

struct Writer<'a> {
    fonts: &'a Fonts,
    body: PdfFontHandle,
    heading: PdfFontHandle,
    pages: Vec<Vec<Op>>,
    /// The top of the next line on the current page.
    y: f32,
    replaced: Vec<char>,
    /// The label column of every `Fields` block (one width for the whole document, so values
    /// line up from item to item).
    label_w: f32,
}

fn black() -> Color {
    Color::Greyscale(Greyscale::new(0.0, None))
}

/// `s` as the font's glyphs, each carrying its character (the PDF's ToUnicode map, so the text
/// can be searched and copied). printpdf would look each character up again in the font's cmap
/// for [`TextItem::Text`], which is slow for a CJK font; our lookups are cached.
fn glyph_items(font: &LoadedFont, s: &str) -> Vec<TextItem> {
    let glyphs = s.chars().map(|c| Codepoint { gid: font.glyph(c).map_or(0, |(g, _)| g), offset: 0.0, cid: Some(c.to_string()) }).collect();
    vec![TextItem::GlyphIds(glyphs)]
}

fn pt(x: f32, y_from_top: f32) -> Point {
    Point { x: Pt(x), y: Pt(PAGE_H - y_from_top) }
}

impl Writer<'_> {
    // ---- measuring ----

    fn clean(&mut self, role: FontRole, s: &str) -> String {
        let font = self.fonts.get(role);
        let (text, replaced) = sanitize(s, |c| c == ' ' || c == '\u{3000}' || font.has(c));
        for c in replaced {
            if !self.replaced.contains(&c) {
                self.replaced.push(c);
            }
        }
        text
    }

    fn width(&self, role: FontRole, size: f32, s: &str) -> f32 {
        let font = self.fonts.get(role);
        s.chars().map(|c| font.advance(c)).sum::<f32>() * size
    }

    /// Sanitized and broken into lines of at most `width`.
    fn lines(&mut self, role: FontRole, size: f32, s: &str, width: f32) -> Vec<String> {
        let text = self.clean(role, s);
        let font = self.fonts.get(role);
        break_lines(&text, width, &|c| font.advance(c) * size)
    }

    // ---- pages ----

    fn ops(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("at least one page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Starts a new page unless `h` more points fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    // ---- drawing ----

    fn handle(&self, role: FontRole) -> PdfFontHandle {
        match role {
            FontRole::Body => self.body.clone(),
            FontRole::Heading => self.heading.clone(),
        }
    }

    /// Emits one line of text in a line box whose top is `top`.
    #[allow(clippy::too_many_arguments)]
    fn show(&mut self, role: FontRole, size: f32, lh: f32, x: f32, top: f32, s: &str, color: Color) {
        self.show_spaced(role, size, lh, x, top, s, color, 0.0);
    }

    /// [`Self::show`] with `spacing` points added after every character (両端揃え).
    #[allow(clippy::too_many_arguments)]
    fn show_spaced(&mut self, role: FontRole, size: f32, lh: f32, x: f32, top: f32, s: &str, color: Color, spacing: f32) {
        if s.is_empty() {
            return;
        }
        let f = self.fonts.get(role);
        let baseline = top + (lh - size) / 2.0 + size * f.ascent / (f.ascent - f.descent);
        let font = self.handle(role);
        let items = glyph_items(f, s);
        self.ops().extend([
            Op::StartTextSection,
            Op::SetFillColor { col: color },
            Op::SetFont { font, size: Pt(size) },
            Op::SetCharacterSpacing { multiplier: spacing },
            Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(PAGE_H - baseline)) },
            Op::ShowText { items },
            Op::EndTextSection,
        ]);
    }

    /// Lines of at most `width`, each with the character spacing that sets it flush on both
    /// sides (両端揃え): every line but a paragraph's last, when what is left over is small (a
    /// line cut short by a long Latin word stays ragged rather than spaced out).
    fn justified(&mut self, role: FontRole, size: f32, s: &str, width: f32) -> Vec<(String, f32)> {
        let text = self.clean(role, s);
        let font = self.fonts.get(role);
        let mut out = Vec::new();
        for para in text.split('\n') {
            let lines = break_lines(para, width, &|c| font.advance(c) * size);
            let last = lines.len().saturating_sub(1);
            for (i, line) in lines.into_iter().enumerate() {
                let n = line.chars().count();
                let left = width - line.chars().map(|c| font.advance(c) * size).sum::<f32>();
                // Spread only a little per gap: a short line in a narrow table cell stays ragged
                // rather than be set as "情 報 政 策 課".
                let gap = if n > 1 { left / (n - 1) as f32 } else { 0.0 };
                let spacing = if i < last && n > 1 && left > 0.0 && left <= 2.0 * size && gap <= 0.12 * size { gap } else { 0.0 };
                out.push((line, spacing));
            }
        }
        out
    }

    fn rect(ops: &mut Vec<Op>, x: f32, top: f32, w: f32, h: f32, mode: PaintMode) {
        ops.push(Op::DrawRectangle { rectangle: Rect { mode: Some(mode), ..Rect::from_xywh(Pt(x), Pt(PAGE_H - top - h), Pt(w), Pt(h)) } });
    }

    fn vline(ops: &mut Vec<Op>, x: f32, top: f32, bottom: f32) {
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![LinePoint { p: pt(x, top), bezier: false }, LinePoint { p: pt(x, bottom), bezier: false }],
                is_closed: false,
            },
        });
    }

    /// Wrapped, justified text from `x` to `x + width`, flowing over pages.
    fn paragraph(&mut self, role: FontRole, size: f32, lh: f32, x: f32, width: f32, s: &str) {
        for (line, spacing) in self.justified(role, size, s, width) {
            self.ensure(lh);
            let y = self.y;
            self.show_spaced(role, size, lh, x, y, &line, black(), spacing);
            self.y += lh;
        }
    }

    /// Lines set flush right (each line ends at the right margin).
    fn flush_right(&mut self, role: FontRole, size: f32, lh: f32, s: &str) {
        for line in self.lines(role, size, s, TEXT_W) {
            self.ensure(lh);
            let x = RIGHT - self.width(role, size, &line);
            let y = self.y;
            self.show(role, size, lh, x, y, &line, black());
            self.y += lh;
        }
    }

    /// Lines set left-aligned in a block that ends at the right margin (sender, contact).
    fn right_block(&mut self, lines: &[String], framed: bool) {
        let max_w = TEXT_W * 0.6;
        let mut all = Vec::new();
        for l in lines {
            all.extend(self.lines(FontRole::Body, BODY, l, max_w));
        }
        let w = all.iter().map(|l| self.width(FontRole::Body, BODY, l)).fold(0.0, f32::max);
        let pad = if framed { 6.0 } else { 0.0 };
        let h = all.len() as f32 * BODY_LH + 2.0 * pad;
        self.ensure(h);
        let x = RIGHT - w - pad - if framed { 0.0 } else { BODY };
        let top = self.y;
        for (i, l) in all.iter().enumerate() {
            self.show(FontRole::Body, BODY, BODY_LH, x, top + pad + i as f32 * BODY_LH, l, black());
        }
        if framed {
            let ops = self.ops();
            ops.push(Op::SetOutlineColor { col: black() });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
            Self::rect(ops, x - pad, top, w + 2.0 * pad, h, PaintMode::Stroke);
        }
        self.y += h;
    }

    fn centred(&mut self, role: FontRole, size: f32, lh: f32, s: &str, width: f32) {
        for line in self.lines(role, size, s, width) {
            self.ensure(lh);
            let x = LEFT + (TEXT_W - self.width(role, size, &line)) / 2.0;
            let y = self.y;
            self.show(role, size, lh, x, y, &line, black());
            self.y += lh;
        }
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }

    // ---- the document ----

    fn document(&mut self, doc: &Document, labels: &Labels) {
        let widest = doc
            .items
            .iter()
            .flat_map(|i| &i.blocks)
            .filter_map(|b| if let Block::Fields(f) = b { Some(f) } else { None })
            .flatten()
            .map(|(label, _)| self.width(FontRole::Body, BODY, label))
            .fold(0.0, f32::max);
        self.label_w = widest.min((TEXT_W - INDENT) * 0.35) + BODY;
        let lh = &doc.letterhead;
        let letter = doc.style == Style::Letter;
        for l in [&lh.doc_number, &lh.date] {
            if !l.is_empty() {
                self.flush_right(FontRole::Body, BODY, BODY_LH, l);
            }
        }
        if !lh.addressee.is_empty() {
            self.gap(BODY_LH);
            for l in &lh.addressee {
                self.paragraph(FontRole::Body, BODY, BODY_LH, LEFT, TEXT_W, l);
            }
        }
        if !lh.sender.is_empty() {
            self.gap(BODY_LH);
            self.right_block(&lh.sender, false);
        }
        self.gap(if letter { BODY_LH * 1.5 } else { BODY_LH });
        let subject = format!("{}{}", doc.subject, doc.kind_marks.concat());
        let (size, line_h) = if letter { (SUBJECT, SUBJECT_LH) } else { (TITLE, TITLE_LH) };
        self.centred(FontRole::Heading, size, line_h, &subject, TEXT_W * 0.9);
        self.gap(BODY_LH);
        for p in &doc.preamble {
            self.paragraph(FontRole::Body, BODY, BODY_LH, LEFT, TEXT_W, p);
        }
        if letter {
            self.gap(BODY_LH * 0.5);
            self.centred(FontRole::Body, BODY, BODY_LH, &labels.ki, TEXT_W);
        }
        self.gap(BODY_LH * 0.5);
        for (n, item) in doc.items.iter().enumerate() {
            // A heading is never the last line of a page: keep it with three lines of its body.
            self.ensure(BODY_LH * 4.0);
            let heading =
                if n < doc.unnumbered { item.heading.clone() } else { format!("{}\u{3000}{}", n + 1 - doc.unnumbered, item.heading) };
            self.paragraph(FontRole::Heading, BODY, BODY_LH, LEFT, TEXT_W, &heading);
            for block in &item.blocks {
                self.block(block);
            }
            self.gap(BODY_LH * 0.4);
        }
        if letter {
            self.flush_right(FontRole::Body, BODY, BODY_LH, &labels.ijou);
        }
        if !doc.contact.is_empty() {
            self.gap(BODY_LH);
            self.right_block(&doc.contact, true);
        }
    }

    fn block(&mut self, block: &Block) {
        let x = LEFT + INDENT;
        let width = TEXT_W - INDENT;
        match block {
            Block::Paragraph(text) => self.paragraph(FontRole::Body, BODY, BODY_LH, x, width, text),
            Block::Fields(fields) => {
                let labels: Vec<String> = fields.iter().map(|(l, _)| self.clean(FontRole::Body, l)).collect();
                let label_w = self.label_w;
                for (label, (_, value)) in labels.iter().zip(fields) {
                    let lines = self.justified(FontRole::Body, BODY, value, width - label_w);
                    for (i, (line, spacing)) in lines.iter().enumerate() {
                        self.ensure(BODY_LH);
                        let y = self.y;
                        if i == 0 {
                            self.show(FontRole::Body, BODY, BODY_LH, x, y, label, black());
                        }
                        self.show_spaced(FontRole::Body, BODY, BODY_LH, x + label_w, y, line, black(), *spacing);
                        self.y += BODY_LH;
                    }
                }
            }
            Block::Table(t) => {
                self.gap(BODY_LH * 0.25);
                self.table(t, x, width);
                self.gap(BODY_LH * 0.5);
            }
            Block::BarChart(c) => {
                self.gap(BODY_LH * 0.25);
                self.bar_chart(c, x, width);
                self.gap(BODY_LH * 0.5);
            }
        }
    }

    // ---- charts ----

    /// A horizontal bar chart: labels in a column on the left (cut to one line), bars filled in
    /// grey from a base line, each value and unit after its bar, and a scale line under the
    /// bars. A bar row never splits; the chart continues on the next page row by row.
    fn bar_chart(&mut self, c: &BarChart, x: f32, width: f32) {
        const ROW_H: f32 = CELL_LH + 4.0;
        const BAR_H: f32 = CELL_LH - 3.0;
        let max = c.bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
        let label_w = width * 0.4;
        let labels: Vec<String> = c
            .bars
            .iter()
            .map(|(l, _)| self.lines(FontRole::Body, CELL, l, label_w - CELL_PAD_X).into_iter().next().unwrap_or_default())
            .collect();
        let values: Vec<String> = c.bars.iter().map(|(_, v)| format!("{v}{}", self.clean(FontRole::Body, &c.unit))).collect();
        let value_w = values.iter().map(|v| self.width(FontRole::Body, CELL, v)).fold(0.0, f32::max) + CELL_PAD_X;
        let base = x + label_w;
        let span = (width - label_w - value_w - CELL_PAD_X).max(10.0);
        // The first row and the scale line stay together with the rows before a page break.
        self.ensure(ROW_H * 2.0);
        let mut top_of_chart = self.y;
        for ((label, value), (_, v)) in labels.iter().zip(&values).zip(&c.bars) {
            if self.y + ROW_H > BOTTOM && self.y > TOP {
                // Close the part on this page with its base line, go on on the next.
                let bottom = self.y;
                let ops = self.ops();
                ops.push(Op::SetOutlineColor { col: black() });
                ops.push(Op::SetOutlineThickness { pt: Pt(0.75) });
                Self::vline(ops, base, top_of_chart, bottom);
                self.new_page();
                top_of_chart = self.y;
            }
            let y = self.y;
            self.show(FontRole::Body, CELL, ROW_H, x, y, label, black());
            let w = span * (*v as f32) / (max as f32);
            if *v > 0 {
                let ops = self.ops();
                ops.push(Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.45, None)) });
                Self::rect(ops, base, y + (ROW_H - BAR_H) / 2.0, w.max(0.75), BAR_H, PaintMode::Fill);
            }
            self.show(FontRole::Body, CELL, ROW_H, base + w + CELL_PAD_X, y, value, black());
            self.y += ROW_H;
        }
        // The base line, and a scale line with ticks at 0, half and the largest value.
        let bottom = self.y;
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: black() });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.75) });
        Self::vline(ops, base, top_of_chart, bottom);
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![LinePoint { p: pt(base, bottom), bezier: false }, LinePoint { p: pt(base + span, bottom), bezier: false }],
                is_closed: false,
            },
        });
        for f in [0.5_f32, 1.0] {
            Self::vline(ops, base + span * f, bottom, bottom + 3.0);
        }
        let ticks = [(0.5_f32, max / 2), (1.0, max)];
        self.y += 3.0;
        for (f, v) in ticks {
            if f < 1.0 && max < 2 {
                continue;
            }
            let t = v.to_string();
            let tw = self.width(FontRole::Body, CELL, &t);
            let y = self.y;
            self.show(FontRole::Body, CELL, CELL_LH, base + span * f - tw / 2.0, y, &t, black());
        }
        self.y += CELL_LH;
    }

    // ---- tables ----

    fn table(&mut self, t: &Table, x: f32, width: f32) {
        let total: f32 = t.columns.iter().map(|c| f32::from(c.weight.max(1))).sum();
        let widths: Vec<f32> = t.columns.iter().map(|c| width * f32::from(c.weight.max(1)) / total).collect();
        let header: Vec<Vec<(String, f32)>> = t
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| self.lines(FontRole::Heading, CELL, &c.header, w - 2.0 * CELL_PAD_X).into_iter().map(|l| (l, 0.0)).collect())
            .collect();
        let header_h = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * CELL_LH + 2.0 * CELL_PAD_Y;
        let rows: Vec<Vec<Vec<(String, f32)>>> = t
            .rows
            .iter()
            .map(|row| {
                widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| self.justified(FontRole::Body, CELL, row.get(i).map_or("", String::as_str), w - 2.0 * CELL_PAD_X))
                    .collect()
            })
            .collect();
        // The header and the first line of the first row stay together.
        self.ensure(header_h + CELL_LH + 2.0 * CELL_PAD_Y);
        self.table_row(x, &widths, &header, 0, usize::MAX, FontRole::Heading, true);
        let body_h = BOTTOM - TOP - header_h;
        for row in &rows {
            let n = row.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut from = 0;
            loop {
                let rest_h = (n - from) as f32 * CELL_LH + 2.0 * CELL_PAD_Y;
                let avail = BOTTOM - self.y;
                if rest_h <= avail {
                    self.table_row(x, &widths, row, from, n, FontRole::Body, false);
                    break;
                }
                // Split only a row that could not fit on a fresh page anyway; move the others.
                let fit = ((avail - 2.0 * CELL_PAD_Y) / CELL_LH).floor().max(0.0) as usize;
                let whole_row_fits_a_page = from == 0 && rest_h <= body_h;
                if fit >= 1 && !whole_row_fits_a_page {
                    self.table_row(x, &widths, row, from, from + fit, FontRole::Body, false);
                    from += fit;
                }
                self.new_page();
                self.table_row(x, &widths, &header, 0, usize::MAX, FontRole::Heading, true);
            }
        }
    }

    /// Draws lines `from..to` of a row's cells as one bordered band and advances.
    #[allow(clippy::too_many_arguments)]
    fn table_row(&mut self, x: f32, widths: &[f32], cells: &[Vec<(String, f32)>], from: usize, to: usize, role: FontRole, header: bool) {
        let to = to.min(cells.iter().map(Vec::len).max().unwrap_or(0));
        let n = to.saturating_sub(from).max(1);
        let h = n as f32 * CELL_LH + 2.0 * CELL_PAD_Y;
        let top = self.y;
        let total_w: f32 = widths.iter().sum();
        {
            let ops = self.ops();
            if header {
                ops.push(Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.9, None)) });
                Self::rect(ops, x, top, total_w, h, PaintMode::Fill);
            }
            ops.push(Op::SetOutlineColor { col: black() });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
            Self::rect(ops, x, top, total_w, h, PaintMode::Stroke);
            let mut cx = x;
            for w in &widths[..widths.len().saturating_sub(1)] {
                cx += w;
                Self::vline(ops, cx, top, top + h);
            }
        }
        let mut cx = x;
        for (w, lines) in widths.iter().zip(cells) {
            for (i, (line, spacing)) in lines.iter().enumerate().skip(from).take(to.saturating_sub(from)) {
                let ly = top + CELL_PAD_Y + (i - from) as f32 * CELL_LH;
                let lx = if header { cx + (w - self.width(role, CELL, line)) / 2.0 } else { cx + CELL_PAD_X };
                self.show_spaced(role, CELL, CELL_LH, lx, ly, line, black(), *spacing);
            }
            cx += w;
        }
        self.y += h;
    }

    // ---- every page ----

    fn footer(&self, ops: &mut Vec<Op>, text: &str) {
        let w = self.width(FontRole::Body, FOOTER, text);
        let baseline = PAGE_H - 12.0 * MM;
        ops.extend([
            Op::StartTextSection,
            Op::SetFillColor { col: black() },
            Op::SetFont { font: self.body.clone(), size: Pt(FOOTER) },
            Op::SetCharacterSpacing { multiplier: 0.0 },
            Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt((PAGE_W - w) / 2.0), Pt(PAGE_H - baseline)) },
            Op::ShowText { items: glyph_items(&self.fonts.body, text) },
            Op::EndTextSection,
        ]);
    }

    /// The running head as one line: sanitized, and cut with … when it is wider than the text.
    fn head_line(&mut self, s: &str) -> String {
        let one_line = s.replace('\n', "\u{3000}");
        let mut lines = self.lines(FontRole::Body, RUNNING_HEAD, &one_line, TEXT_W);
        let mut first = if lines.is_empty() { String::new() } else { lines.swap_remove(0) };
        if !lines.is_empty() {
            while !first.is_empty() && self.width(FontRole::Body, RUNNING_HEAD, &first) + RUNNING_HEAD > TEXT_W {
                first.pop();
            }
            first.push('…');
        }
        first
    }

    /// The running head, flush right in the top margin above the text.
    fn running_head(&self, ops: &mut Vec<Op>, text: &str) {
        let w = self.width(FontRole::Body, RUNNING_HEAD, text);
        let baseline = 15.0 * MM;
        ops.extend([
            Op::StartTextSection,
            Op::SetFillColor { col: black() },
            Op::SetFont { font: self.body.clone(), size: Pt(RUNNING_HEAD) },
            Op::SetCharacterSpacing { multiplier: 0.0 },
            Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(RIGHT - w), Pt(PAGE_H - baseline)) },
            Op::ShowText { items: glyph_items(&self.fonts.body, text) },
            Op::EndTextSection,
        ]);
    }

    fn drill_marks(&self, ops: &mut Vec<Op>, labels: &Labels, translucent: &ExtendedGraphicsStateId) {
        let red = Color::Rgb(Rgb::new(0.8, 0.0, 0.0, None));
        // The watermark: large, diagonal (45° counter-clockwise), centred, translucent grey.
        let size = 160.0;
        let w = self.width(FontRole::Heading, size, &labels.watermark);
        let (s, c) = std::f32::consts::FRAC_PI_4.sin_cos();
        // Start so that the text's centre (w/2 along, 0.35 em up) lands on the page's centre.
        let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
        let (dx, dy) = (w / 2.0, size * 0.35);
        let (x0, y0) = (cx - (dx * c - dy * s), cy - (dx * s + dy * c));
        ops.extend([
            Op::SaveGraphicsState,
            Op::LoadGraphicsState { gs: translucent.clone() },
            Op::StartTextSection,
            Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.0, None)) },
            Op::SetFont { font: self.heading.clone(), size: Pt(size) },
            Op::SetCharacterSpacing { multiplier: 0.0 },
            Op::SetTextMatrix { matrix: TextMatrix::Raw([c, s, -s, c, x0, y0]) },
            Op::ShowText { items: glyph_items(&self.fonts.heading, &labels.watermark) },
            Op::EndTextSection,
            Op::RestoreGraphicsState,
        ]);
        // The banner: red, boxed, centred in the top margin.
        let size = 11.0;
        let w = self.width(FontRole::Heading, size, &labels.banner);
        let (bx, btop, bh) = ((PAGE_W - w) / 2.0, 9.0 * MM, 8.0 * MM);
        let f = &self.fonts.heading;
        let baseline = btop + (bh - size) / 2.0 + size * f.ascent / (f.ascent - f.descent);
        ops.extend([Op::SetOutlineColor { col: red.clone() }, Op::SetOutlineThickness { pt: Pt(1.2) }]);
        Self::rect(ops, bx - 8.0, btop, w + 16.0, bh, PaintMode::Stroke);
        ops.extend([
            Op::StartTextSection,
            Op::SetFillColor { col: red },
            Op::SetFont { font: self.heading.clone(), size: Pt(size) },
            Op::SetCharacterSpacing { multiplier: 0.0 },
            Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(bx), Pt(PAGE_H - baseline)) },
            Op::ShowText { items: glyph_items(&self.fonts.heading, &labels.banner) },
            Op::EndTextSection,
        ]);
    }
}
