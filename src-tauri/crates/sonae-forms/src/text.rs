//! Japanese line breaking with 禁則処理, measured with the font's own glyph advances.
//!
//! Break opportunities come from `unicode-linebreak` (UAX #14): between ideographs a line may
//! break anywhere, but not before closing punctuation (、。）」 are class CL), not before
//! non-starters (・ゝ々 NS), not before ！？ (EX), and not after opening punctuation (（「 OP).
//! UAX #14 leaves small kana and ー (class CJ) tailorable and the library lets them start a line;
//! official documents do not, so opportunities are tailored with the full tables
//! [`LINE_START_FORBIDDEN`] and [`LINE_END_FORBIDDEN`]. Lines are filled greedily. A piece wider
//! than a whole line (a long URL, a run of digits) is cut between characters, and that cut obeys
//! the same tables, pushing characters to the next line (追い出し); only when no legal cut exists
//! within the width does the line run over it.

use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Characters that must not begin a line (行頭禁則).
pub const LINE_START_FORBIDDEN: &str =
    "、。，．,.）)］]｝}〕〉》」』】〙〗’”・：:；;？?！!ゝゞーヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻‐゠–〜～";

/// Characters that must not end a line (行末禁則).
pub const LINE_END_FORBIDDEN: &str = "（(［[｛{〔〈《「『【〘〖‘“";

/// The mark set in place of a character the fonts cannot draw (ゲタ記号).
pub const REPLACEMENT: char = '〓';

fn starts_forbidden(c: char) -> bool {
    LINE_START_FORBIDDEN.contains(c)
}

fn ends_forbidden(c: char) -> bool {
    LINE_END_FORBIDDEN.contains(c)
}

/// Text made drawable: tabs become spaces, other control characters and variation selectors
/// go (the base character is drawn), `\r\n` becomes `\n`, and any character `has` says no font
/// can draw becomes 〓. Returns the text and the characters replaced.
pub fn sanitize(text: &str, has: impl Fn(char) -> bool) -> (String, Vec<char>) {
    let mut out = String::with_capacity(text.len());
    let mut replaced = Vec::new();
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\r' => out.push('\n'),
            c if c.is_control() => {}
            '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            c if has(c) => out.push(c),
            c => {
                if !replaced.contains(&c) {
                    replaced.push(c);
                }
                out.push(REPLACEMENT);
            }
        }
    }
    (out, replaced)
}

/// Breaks `text` into lines no wider than `width`, measuring each character with `advance`
/// (same unit as `width`). `\n` ends a line; an empty paragraph gives an empty line. Trailing
/// spaces do not count against the width and are dropped from the line's end.
pub fn break_lines(text: &str, width: f32, advance: &impl Fn(char) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        break_paragraph(para, width, advance, &mut lines);
    }
    lines
}

fn measure(s: &str, advance: &impl Fn(char) -> f32) -> f32 {
    s.chars().map(advance).sum()
}

fn break_paragraph(para: &str, width: f32, advance: &impl Fn(char) -> f32, out: &mut Vec<String>) {
    if para.is_empty() {
        out.push(String::new());
        return;
    }
    let mut line = String::new();
    let mut line_width = 0.0;
    let mut start = 0;
    for (end, kind) in linebreaks(para) {
        // 禁則 tailoring: no break before a line-start-forbidden or after a line-end-forbidden character.
        let allowed = kind == BreakOpportunity::Mandatory
            || end == para.len()
            || !(para[end..].chars().next().is_some_and(starts_forbidden) || para[..end].chars().last().is_some_and(ends_forbidden));
        if end == start || !allowed {
            continue;
        }
        let piece = &para[start..end];
        start = end;
        let piece_width = measure(piece, advance);
        let piece_ink = measure(piece.trim_end(), advance);
        if line_width + piece_ink <= width {
            line.push_str(piece);
            line_width += piece_width;
        } else {
            if !line.trim_end().is_empty() {
                out.push(line.trim_end().to_owned());
                line = String::new();
            }
            if piece_ink <= width {
                line.push_str(piece);
                line_width = piece_width;
            } else {
                // Wider than a line: cut between characters, keeping 禁則, and carry the rest.
                let rest = cut_long(piece, width, advance, out);
                line_width = measure(&rest, advance);
                line = rest;
            }
        }
        if kind == BreakOpportunity::Mandatory && end < para.len() {
            out.push(line.trim_end().to_owned());
            line = String::new();
            line_width = 0.0;
        }
    }
    out.push(line.trim_end().to_owned());
}

/// Cuts a piece wider than a line into full lines (pushed to `out`) and returns the remainder.
fn cut_long(piece: &str, width: f32, advance: &impl Fn(char) -> f32, out: &mut Vec<String>) -> String {
    let mut chars: Vec<char> = piece.chars().collect();
    loop {
        let ink: f32 = chars.iter().rev().skip_while(|c| c.is_whitespace()).map(|c| advance(*c)).sum();
        if ink <= width || chars.len() <= 1 {
            return chars.into_iter().collect();
        }
        // The most characters that fit (at least one).
        let mut n = 0;
        let mut w = 0.0;
        while n < chars.len() && w + advance(chars[n]) <= width {
            w += advance(chars[n]);
            n += 1;
        }
        let bad = |k: usize| k < chars.len() && (starts_forbidden(chars[k]) || ends_forbidden(chars[k - 1]));
        // 禁則: move the cut left while the next line would start, or this one end, badly; if no
        // cut to the left is legal, run over the width to the first legal one.
        let n = n.max(1);
        let k = (1..=n).rev().find(|k| !bad(*k)).or_else(|| (n + 1..chars.len()).find(|k| !bad(*k))).unwrap_or(chars.len());
        out.push(chars[..k].iter().collect::<String>().trim_end().to_owned());
        chars.drain(..k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Full-width characters are 1 em, ASCII half.
    fn em(c: char) -> f32 {
        if c.is_ascii() { 0.5 } else { 1.0 }
    }

    fn lines(text: &str, width: f32) -> Vec<String> {
        break_lines(text, width, &em)
    }

    fn assert_kinsoku(lines: &[String]) {
        for (i, l) in lines.iter().enumerate() {
            if let Some(first) = l.chars().next() {
                assert!(!starts_forbidden(first) || i == 0, "line {i} starts with {first:?}: {lines:?}");
            }
            if let Some(last) = l.chars().last() {
                assert!(!ends_forbidden(last) || i + 1 == lines.len(), "line {i} ends with {last:?}: {lines:?}");
            }
        }
    }

    #[test]
    fn japanese_breaks_between_ideographs_and_fills_the_line() {
        assert_eq!(lines("情報セキュリティインシデント", 5.0), vec!["情報セキュ", "リティイン", "シデント"]);
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // Without 禁則 the 6th character "。" would start line 2.
        let got = lines("あいうえお。かきくけこ、さしすせそ」たちつてと）なにぬねの", 5.0);
        assert_kinsoku(&got);
        assert_eq!(got[0], "あいうえ");
        assert_eq!(got[1], "お。かきく");
        for mark in ['。', '、', '」', '）'] {
            for w in 2..9 {
                let text = format!("あいうえお{mark}かきくけこ{mark}さしすせそ{mark}");
                let got = lines(&text, w as f32);
                assert_kinsoku(&got);
                assert_eq!(got.concat(), text, "no character is lost");
            }
        }
    }

    #[test]
    fn opening_brackets_never_end_a_line() {
        for open in ['（', '「', '『', '【'] {
            for w in 2..9 {
                let text = format!("あいう{open}えお）かき{open}くけこ」さし");
                let got = lines(&text, w as f32);
                assert_kinsoku(&got);
                assert_eq!(got.concat(), text);
            }
        }
        assert_eq!(lines("あいう「えお」", 4.0), vec!["あいう", "「えお」"]);
    }

    #[test]
    fn small_kana_long_vowel_and_middle_dot_stay_with_what_precedes() {
        for w in 3..12 {
            let got = lines("キャッシュ・サーバーのチェック", w as f32);
            assert_kinsoku(&got);
            assert_eq!(got.concat(), "キャッシュ・サーバーのチェック");
        }
        assert_eq!(lines("キャッシュ", 2.0), vec!["キャッ", "シュ"], "runs over rather than start a line with ャ");
    }

    #[test]
    fn latin_words_break_at_spaces_and_long_runs_are_cut_with_kinsoku() {
        assert_eq!(lines("see the report now", 5.0), vec!["see the", "report now"]);
        // A cut inside a long run moves left rather than start a line with ".".
        assert_eq!(lines("abcdefghij.klmn", 5.0), vec!["abcdefghi", "j.klmn"]);
        let url = "https://example.jp/a/very/long/path/to/a/page.html";
        let got = lines(url, 6.0);
        assert!(got.iter().all(|l| l.chars().map(em).sum::<f32>() <= 6.0), "{got:?}");
        assert_eq!(got.concat(), url);
        assert_kinsoku(&got);
        // A cut that would put 。 first moves one character down instead.
        let got = lines("ＡＢＣＤＥ。ＦＧ", 5.0);
        assert_eq!(got, vec!["ＡＢＣＤ", "Ｅ。ＦＧ"]);
    }

    #[test]
    fn newlines_end_lines_and_empty_paragraphs_stay() {
        assert_eq!(lines("一行目\n\n三行目", 10.0), vec!["一行目", "", "三行目"]);
        assert_eq!(lines("", 10.0), vec![""]);
    }

    #[test]
    fn trailing_spaces_do_not_count() {
        assert_eq!(lines("abcd efgh", 4.0), vec!["abcd", "efgh"]);
        assert_eq!(lines("あいう　えお", 3.0), vec!["あいう", "えお"]);
    }

    #[test]
    fn sanitize_replaces_what_no_font_has_and_drops_invisible_marks() {
        let has = |c: char| c != '😀' && c != '𠮷';
        let (text, replaced) = sanitize("a\tb\r\nc\u{0007}葛\u{E0100}😀𠮷😀", has);
        assert_eq!(text, "a b\nc葛〓〓〓");
        assert_eq!(replaced, vec!['😀', '𠮷']);
    }

    #[test]
    fn a_long_japanese_narrative_never_starts_a_line_with_punctuation() {
        let sentence =
            "職員が庁用のUSBメモリ（暗号化機能なし）を紛失したとの報告を受け、庁舎内と公用車内を捜索したが、発見には至らなかった。";
        let text = sentence.repeat(40);
        for w in [20.0, 27.5, 33.0, 38.5] {
            let got = lines(&text, w);
            assert_kinsoku(&got);
            assert_eq!(got.concat(), text);
            assert!(got.iter().all(|l| l.chars().map(em).sum::<f32>() <= w));
        }
    }
}
