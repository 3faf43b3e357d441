/** The web UI's one stylesheet, served from /static/style.css (the CSP forbids inline styles). */
export const STYLESHEET = `
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#e3e3e8;--accent:#2456a6;--mark:#ffe680;--bg:#fff;--soft:#f5f6f8}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);margin:0}
a{color:var(--accent)}
header.site{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;padding:.7rem 1.5rem;border-bottom:1px solid var(--line);background:var(--soft)}
header.site .brand{font-weight:700;text-decoration:none;color:var(--ink);font-size:1.1rem}
header.site nav a{margin-right:1rem}
form.search{margin-left:auto;display:flex;gap:.4rem}
form.search input{font:inherit;padding:.3rem .6rem;border:1px solid #bbb;border-radius:.4rem;min-width:16rem}
form.search button{font:inherit;padding:.3rem .8rem;border-radius:.4rem;border:1px solid var(--accent);background:var(--accent);color:#fff}
main{max-width:64rem;margin:1.5rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .6rem}
h2{font-size:1.2rem;margin-top:2.2rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
.meta,.muted{color:var(--muted);font-size:.9rem}
.tabs a{margin-right:1rem}.tabs a[aria-current]{font-weight:700;text-decoration:none;color:var(--ink)}
ol.stories{list-style:none;padding:0}
ol.stories li{padding:.7rem 0;border-bottom:1px solid var(--line)}
ol.stories a.title{font-size:1.1rem;font-weight:600;text-decoration:none}
.pager{display:flex;gap:1rem;margin:1rem 0}
.cite{font-size:.72em;vertical-align:super;text-decoration:none;margin-left:.12em;padding:0 .15em;border-radius:.3em;background:#eaf0fb}
.cite:hover{background:var(--accent);color:#fff}
.summary p{margin:.4rem 0}
.badge{display:inline-block;font-size:.75em;line-height:1.5;padding:0 .5em;border-radius:.7em;background:#e9ecf5;margin:0 .15em;white-space:nowrap}
.badge.outlet{background:#e6f2ea}.badge.single{background:#fde8e8}.badge.kind{background:#f0eaf8}
ul.claims,ul.quotes,ol.timeline,ol.sources,ul.hits{padding-left:1.2rem}
ul.claims li,ol.timeline li,ul.hits li{margin:.45rem 0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0 1rem}
.side{border-left:4px solid #c0504d;padding:.3rem .8rem;background:#fcf6f6}
.side+.side{border-color:#4f6fb5;background:#f5f7fc}
.speaker{margin-top:1rem}.speaker h3{font-size:1rem;margin:.2rem 0}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.7rem;border-left:3px solid var(--line);font-style:italic}
time{font-variant-numeric:tabular-nums;font-weight:600}
svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}
svg.chart .bar{fill:#4f6fb5}svg.chart .excl{fill:#e0a030}svg.chart text{fill:var(--ink)}
.legend .swatch{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:middle}
.legend .swatch.bar{background:#4f6fb5}.legend .swatch.excl{background:#e0a030}
article.text p{margin:.8rem 0}
mark{background:var(--mark);padding:.05em 0}
mark#cited{outline:2px solid #e0a030;scroll-margin-top:8rem}
.notice{padding:.6rem .9rem;border-radius:.4rem;background:#fff6d6;border:1px solid #f0d98a}
.error{padding:.8rem 1rem;border-radius:.4rem;background:#fde8e8;border:1px solid #f2b8b5}
.original{border:1px solid var(--line);padding:1rem;border-radius:.4rem;background:var(--soft)}
.snippet{color:#333}
@media (max-width:700px){.sides{grid-template-columns:1fr}form.search{margin-left:0}}
`;
