//! Official Japanese documents as PDF.
//!
//! A form is first a plain [`Document`] (the official letter layout of regulatory.md §6: 文書番号
//! and 和暦 date, addressee, sender, 件名 with its 【第一報】 marks, 記, numbered items of text,
//! fields and tables, 以上, contact block), built from case data by a form module such as
//! [`first_report`]; [`render`] then lays it out on A4 pages and writes the PDF with printpdf.
//!
//! * Fonts ([`fonts`]): BIZ UD明朝 for the body, BIZ UDゴシック Bold for headings, embedded and
//!   subset; a missing or unusable font is a [`FontError`] naming the file — never a PDF with
//!   missing glyphs. A character no font has is set as 〓 and reported in [`Pdf::replaced`].
//! * Line breaking ([`text`]): UAX #14 opportunities with 禁則, measured with the fonts' advances.
//! * Pages: "1 / 3" numbers; tables that continue on another page repeat their header row.
//! * Drills: a document whose `drill` is set carries a 訓練 watermark and a 訓練用 — 提出しないこと
//!   banner on every page; form builders take the flag from the case itself.
//! * Words: every text of a form comes from Fluent (`locales/*/forms.ftl`).
//! * Not every document is a case's: [`drill_record`] builds the 訓練実施記録 from its own plain
//!   data (it is not a [`Kind`]).
//!
//! Architecture invariant: no database and no clock. Builders get their data and the instant
//! of issue as arguments, so the same inputs give the same document.

pub mod annual_report;
pub mod common;
pub mod contacts;
pub mod dossier;
pub mod drill_record;
pub mod final_report;
pub mod first_report;
pub mod fonts;
pub mod kinds;
pub mod model;
pub mod notice;
pub mod police;
pub mod ppc;
pub mod prefecture;
pub mod press;
mod render;
pub mod text;
pub mod training_report;

pub use dossier::Dossier;
pub use drill_record::DrillRecord;
pub use fonts::{FontError, FontPaths, FontRole, Fonts, SearchDirs};
pub use kinds::{Kind, NotApplicable, Options, PpcLaw, PpcReportKind, applicable, build};
pub use model::{BarChart, Block, Column, Document, Item, Letterhead, Style, Table};
pub use render::{Pdf, render};
