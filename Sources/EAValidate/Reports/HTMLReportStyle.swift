/// The HTML report's one stylesheet, inline: a system font stack with Cyrillic
/// (Kyrgyz and Russian names), tables that wrap long paths, and a print stylesheet that
/// starts each section on a new page and never splits a table row, a scorecard or a chart.
/// No `<` or `&` in it, so the page stays well-formed XML.
enum HTMLReportStyle {
    static let css = """
        :root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --soft: #f6f8fa;
          --error: #c62828; --warning: #b85c00; --info: #1565c0; --waived: #757575;
          --good: #2e7d32; --fair: #9a6700; --bad: #c62828; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #ffffff; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
        header { border-bottom: 3px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
        .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); }
        h1 { margin: 4px 0 10px; font-size: 28px; }
        h2 { margin: 32px 0 12px; font-size: 22px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { margin: 18px 0 6px; font-size: 17px; }
        .facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; }
        .facts div { display: flex; gap: 6px; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; font-weight: 600; }
        nav.toc { font-size: 14px; margin: 10px 0 0; }
        nav.toc a { margin-right: 14px; color: var(--info); }
        code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace;
          font-size: 12.5px; background: var(--soft); padding: 1px 4px; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
        .headline { display: flex; flex-wrap: wrap; align-items: center; gap: 18px; margin: 12px 0; }
        .big { font-size: 40px; font-weight: 700; }
        .badge { display: inline-block; padding: 3px 10px; border-radius: 999px; font-weight: 700; font-size: 13px; color: #ffffff; }
        .badge.conformant { background: var(--good); }
        .badge.conformant-with-waivers { background: var(--fair); }
        .badge.non-conformant { background: var(--bad); }
        .tiles { display: flex; flex-wrap: wrap; gap: 10px; padding: 0; margin: 10px 0 18px; list-style: none; }
        .tiles li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 110px; }
        .tiles strong { display: block; font-size: 22px; }
        .tiles span { color: var(--muted); font-size: 13px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
        th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: var(--soft); }
        td.number, th.number { text-align: right; white-space: nowrap; }
        .nowrap { white-space: nowrap; }
        .error { color: var(--error); font-weight: 700; }
        .warning { color: var(--warning); font-weight: 700; }
        .info { color: var(--info); font-weight: 700; }
        .waived, .baselined { color: var(--waived); font-weight: 700; }
        .id, .muted { color: var(--muted); font-weight: 400; }
        ul.notes { margin: 4px 0 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
        .charts { display: flex; flex-wrap: wrap; gap: 24px; }
        figure { margin: 8px 0; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        svg.chart, .graph svg { max-width: 100%; height: auto; }
        .scorecard { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 4px 16px 8px; margin: 14px 0; }
        .scorecard.conformant { border-left-color: var(--good); }
        .scorecard.conformant-with-waivers { border-left-color: var(--fair); }
        .scorecard.non-conformant { border-left-color: var(--bad); }
        .scorecard p { margin: 4px 0; }
        .note { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
        .rule { margin: 10px 0 16px; }
        .rule p { margin: 4px 0; }
        footer { margin-top: 36px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
        @page { size: A4; margin: 14mm 12mm; }
        @page wide { size: A4 landscape; margin: 12mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          nav.toc { display: none; }
          section { break-before: page; }
          section.first { break-before: auto; }
          section#graph { page: wide; }
          h2, h3 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, .scorecard, figure, .rule, .tiles, .headline { break-inside: avoid; }
          table { font-size: 9pt; }
          a { color: inherit; text-decoration: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
