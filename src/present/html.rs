//! The deck as one self-contained HTML file, for a school's PC with only a browser: the same
//! slides in the same order, moved with the arrow keys or a click, high contrast, pictures in
//! HTML and inline SVG, and a print stylesheet that prints one slide per page (so "print to
//! PDF" gives a handout). No network, no fonts or scripts from elsewhere: it works from a USB
//! stick. Like the slides on screen it is made from the material only; a plan's notes never go
//! in (they are not even given).

use std::fmt::Write as _;

use super::slides::{Body, Compare, Layer, Model, Point, Slide};
use crate::i18n::{Lang, Msg};

/// Text made safe to stand in HTML, in an element or an attribute.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no place in a page.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root{--fg:#fff;--bg:#000;--head:#ffd400;--accent:#5fd7ff;--dim:#c8c8c8;--line:#9a9a9a}
*{box-sizing:border-box}
html,body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,Cantarell,"Helvetica Neue",Arial,sans-serif;font-size:clamp(13px,min(1.8vw,3.1vh),34px);line-height:1.35}
.slide{display:flex;flex-direction:column;justify-content:center;min-height:100vh;padding:5vh 7vw 8vh;border-bottom:1px solid #333}
html.js .slide{display:none;border:0}
html.js .slide.current{display:flex}
.heading{color:var(--head);font-weight:700;margin:0 0 .3em;font-size:1.15em}
h1,h2{margin:0 0 .3em;line-height:1.2}
h1{font-size:1.8em}h2{font-size:1.35em}
.subtitle,.intro,.caption,.note{color:var(--dim)}
.caption{text-align:center;margin-top:1em}
.text{max-width:44em}
.title{text-align:center;align-items:center}
.big{font-size:4.2em;font-weight:800;color:var(--head);line-height:1.05;margin-bottom:.3em}
ul,ol{margin:.4em 0;padding-left:1.6em}
li{margin:.35em 0}
li strong{font-weight:700}
li::marker{color:var(--accent);font-weight:700}
.two{columns:2;column-gap:3em}
.two li{break-inside:avoid}
table.grid{border-collapse:collapse;margin-top:.5em;font-size:.85em}
table.grid th,table.grid td{border:2px solid var(--line);padding:.4em .6em;vertical-align:top}
table.grid th{color:var(--head);text-align:left}
.box{border:2px solid var(--line);border-radius:.3em;padding:.5em .7em;text-align:center}
.box b{display:block}
.overview{display:grid;grid-template-columns:repeat(8,1fr);gap:1em;align-items:stretch}
.overview .box{grid-column:span 2}
.overview .centre{grid-column:2 / span 6;border:4px double var(--head);color:var(--head);font-weight:700;font-size:1.2em}
.overview .low{grid-column:span 2}
.overview .pad{grid-column:span 1}
.model{display:flex;gap:3em;align-items:center}
.model .picture{flex:1 1 60%;min-width:0}
.model.stack{flex-direction:column;align-items:stretch;gap:1em}
.model.stack .legend{columns:2;column-gap:3em}
.model.stack .legend dd{break-before:avoid}
.legend{flex:1 1 40%;font-size:.8em}
.legend dt{font-weight:700;color:var(--accent)}
.legend dd{margin:0 0 .6em}
.ladder{list-style:none;padding:0;display:flex;flex-direction:column-reverse;gap:.4em}
.ladder li{margin:0;margin-left:calc(var(--i) * 8%);width:60%}
.rings{display:flex;justify-content:center}
.ring{border:3px solid var(--line);border-radius:50%;padding:1.4em 2.4em;display:flex;flex-direction:column;align-items:center;text-align:center}
.ring > b{margin-bottom:.6em}
.ring.core{border:5px double var(--head);color:var(--head);padding:1.2em 1.8em}
.logics{display:grid;gap:0;border:2px solid var(--line)}
.logics > div{border-left:2px solid var(--line);padding:.6em;text-align:center}
.logics > .classroom{border-left:0;color:var(--head);font-weight:700;display:flex;align-items:center;justify-content:center}
.logics .who{color:var(--accent);display:block;margin-top:.6em;border-top:2px solid var(--line);padding-top:.6em}
.far{color:var(--accent);text-align:right;margin-top:.3em}
.mechs{display:grid;grid-template-columns:repeat(2,1fr);gap:1.2em 3em}
.mech .pair{display:flex;align-items:center;gap:1.5em;margin-top:.4em}
.mech.touch .pair{gap:0}
.mech.one .pair{gap:0}
.mech.one .party{border-style:double;border-width:5px;color:var(--head)}
.arrow{color:var(--accent);font-weight:700}
.balance{display:grid;grid-template-columns:1fr 1fr;gap:3em;text-align:center}
.beam{grid-column:1 / span 2;border-top:3px solid var(--line);margin:0 20%;height:1em;position:relative}
.beam::after{content:"▲";color:var(--accent);position:absolute;left:50%;transform:translateX(-50%);top:.1em}
.career{display:grid;gap:.8em}
.career .across{color:var(--accent)}
.career .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:.8em}
.career .depth{color:var(--accent)}
.career .depth span{color:var(--fg);font-weight:700}
.path{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.6em;counter-reset:step}
.path li{flex:1 1 12em;margin:0;position:relative}
.path li:not(:last-child)::after{content:"▶";color:var(--accent);position:absolute;right:-1.3em;top:40%}
.cycle{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:2em 3em}
.cycle li{margin:0;position:relative}
.cycle li::after{position:absolute;color:var(--accent);font-weight:700}
.cycle li:nth-child(1)::after{content:"▶";right:-2em;top:40%}
.cycle li:nth-child(2)::after{content:"▼";bottom:-1.6em;left:50%}
.cycle li:nth-child(3)::after{content:"◀";left:-2em;top:40%}
.cycle li:nth-child(4)::after{content:"▲";top:-1.6em;left:50%}
.cycle li:nth-child(3){grid-column:2;grid-row:2}
.cycle li:nth-child(4){grid-column:1;grid-row:2}
.cycle-note{color:var(--accent);text-align:center}
.compare{display:grid;grid-template-columns:auto minmax(6em,1fr) auto;align-items:start}
.compare ol{list-style:none;padding:0;margin:0}
.compare li{height:2em;margin:0;display:flex;align-items:center;font-weight:700}
.compare .left li{justify-content:flex-end}
.compare .side{color:var(--dim);font-weight:400;height:2em;margin:0}
.compare svg{width:100%;display:block}
.compare .right .side{text-align:left}
.compare .left .side{text-align:right}
.work ol{font-size:1.1em}
.time{color:var(--accent);font-weight:700}
.countdown{font-size:5em;font-weight:800;color:var(--head);text-align:center;font-variant-numeric:tabular-nums}
svg text{fill:var(--fg);font-family:inherit}
nav.bar{position:fixed;left:0;right:0;bottom:0;padding:.3em 1em;color:var(--dim);font-size:.7em;display:flex;justify-content:space-between}
html:not(.js) nav.bar{display:none}
@media print{
  @page{size:A4 landscape;margin:1.2cm}
  :root{--fg:#000;--bg:#fff;--head:#000;--accent:#000;--dim:#333;--line:#555}
  html,body{font-size:14pt}
  html.js .slide,.slide{display:flex !important;min-height:0;height:auto;padding:0;border:0;break-after:page;page-break-after:always}
  nav.bar,.countdown{display:none !important}
}
"#;

const SCRIPT: &str = r#"
(function(){
  var root=document.documentElement;root.classList.add('js');
  var s=[].slice.call(document.querySelectorAll('.slide')),i=0,back=null,timer=null;
  var pos=document.getElementById('pos');
  function show(n){
    i=Math.max(0,Math.min(s.length-1,n));
    s.forEach(function(e,k){e.classList.toggle('current',k===i);});
    pos.textContent=s[i].getAttribute('data-part')+' \u00b7 '+(i+1)+'/'+s.length;
    if(location.hash!=='#'+(i+1)){history.replaceState(null,'','#'+(i+1));}
  }
  function fromHash(){
    var h=decodeURIComponent(location.hash.slice(1)),n=parseInt(h,10);
    if(String(n)===h&&n>0){return n-1;}
    for(var k=0;k<s.length;k++){if(s[k].getAttribute('data-id')===h){return k;}}
    return 0;
  }
  function two(n){return (n<10?'0':'')+n;}
  function countdown(){
    var box=s[i].querySelector('.countdown');if(!box){return;}
    if(timer){clearInterval(timer);timer=null;box.hidden=true;return;}
    var end=Date.now()+60000*parseInt(s[i].getAttribute('data-minutes'),10);
    box.hidden=false;
    function tick(){
      var left=Math.round((end-Date.now())/1000);
      box.textContent=left>0?two(Math.floor(left/60))+':'+two(left%60):document.body.getAttribute('data-up');
    }
    tick();timer=setInterval(tick,1000);
  }
  document.addEventListener('keydown',function(e){
    var k=e.key;
    if(k==='ArrowRight'||k===' '||k==='PageDown'||k==='Enter'){show(i+1);}
    else if(k==='ArrowLeft'||k==='PageUp'||k==='Backspace'){show(i-1);}
    else if(k==='Home'){show(0);}
    else if(k==='End'){show(s.length-1);}
    else if(k==='o'){
      var o=-1;for(var j=0;j<s.length;j++){if(s[j].getAttribute('data-id')==='overzicht'){o=j;}}
      if(o<0){return;}
      if(i===o&&back!==null){show(back);back=null;}else{back=i;show(o);}
    }
    else if(k==='c'){countdown();}
    else{return;}
    e.preventDefault();
  });
  document.addEventListener('click',function(e){
    if(e.target.closest&&e.target.closest('a,button')){return;}
    show(e.clientX<window.innerWidth/4?i-1:i+1);
  });
  window.addEventListener('hashchange',function(){var n=fromHash();if(n!==i){show(n);}});
  show(fromHash());
})();
"#;

/// The whole deck as one HTML page.
pub fn deck(slides: &[Slide], title: Option<&str>, lang: Lang) -> String {
    let mut out = String::new();
    let page_title = title.unwrap_or(Msg::HandoutTitle.get(lang));
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"werkboek\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body data-up=\"{}\">\n<main id=\"deck\" data-count=\"{}\">\n",
        lang.code(),
        esc(page_title),
        esc(Msg::PresentTimeUp.get(lang)),
        slides.len()
    );
    for (n, s) in slides.iter().enumerate() {
        slide(&mut out, n, s, lang);
    }
    let _ = write!(
        out,
        "</main>\n<nav class=\"bar\"><span id=\"pos\"></span><span>{}</span></nav>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        esc(Msg::HtmlKeys.get(lang))
    );
    out
}

fn slide(out: &mut String, n: usize, s: &Slide, lang: Lang) {
    let kind = match &s.body {
        Body::Title { .. } => "title",
        Body::Text { .. } => "text-slide",
        Body::Bullets { .. } => "list",
        Body::Grid { .. } => "grid-slide",
        Body::Overview { .. } => "overview-slide",
        Body::Model { .. } => "model-slide",
        Body::Compare(_) => "compare-slide",
        Body::Work { .. } => "work",
        Body::Team(_) => "team",
    };
    let _ = write!(
        out,
        "<section class=\"slide {kind}\" id=\"s{}\" data-id=\"{}\" data-part=\"{}\"",
        n + 1,
        esc(&s.id),
        esc(&s.part)
    );
    if let Some(m) = s.minutes {
        let _ = write!(out, " data-minutes=\"{m}\"");
    }
    out.push_str(">\n");
    match &s.body {
        Body::Title {
            big,
            title,
            subtitle,
        } => {
            let _ = write!(
                out,
                "<div class=\"big\">{}</div>\n<h1>{}</h1>\n",
                esc(big),
                esc(title)
            );
            if let Some(sub) = subtitle {
                let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", esc(sub));
            }
        }
        Body::Text {
            heading,
            title,
            subtitle,
            text,
        } => {
            head(out, heading, title.as_deref());
            if let Some(sub) = subtitle {
                let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", esc(sub));
            }
            let _ = writeln!(out, "<p class=\"text\">{}</p>", esc(text));
        }
        Body::Bullets {
            heading,
            title,
            intro,
            bullets,
            numbered,
        } => {
            head(out, heading, title.as_deref());
            if let Some(i) = intro {
                let _ = writeln!(out, "<p class=\"intro\">{}</p>", esc(i));
            }
            let two = bullets.len() >= 5 && bullets.iter().any(|(_, t)| t.is_some());
            list(out, bullets, *numbered, if two { "two" } else { "" });
        }
        Body::Grid {
            heading,
            title,
            corner,
            columns,
            rows,
            cells,
        } => {
            head(out, heading, (title != heading).then_some(title.as_str()));
            let _ = write!(out, "<table class=\"grid\">\n<tr><th>{}</th>", esc(corner));
            for c in columns {
                let _ = write!(out, "<th scope=\"col\">{}</th>", esc(c));
            }
            out.push_str("</tr>\n");
            for (r, row) in rows.iter().enumerate() {
                let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(row));
                for cell in cells.get(r).into_iter().flatten() {
                    let _ = write!(out, "<td>{}</td>", esc(cell));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        Body::Overview {
            heading,
            centre,
            keys,
        } => {
            let _ = write!(
                out,
                "<p class=\"heading\">{}</p>\n<div class=\"overview\">\n",
                esc(heading)
            );
            for (k, (label, title)) in keys.iter().enumerate() {
                if k == 4 {
                    let _ = writeln!(out, "<div class=\"box centre\">{}</div>", esc(centre));
                    out.push_str("<div class=\"pad\"></div>\n");
                }
                let _ = writeln!(
                    out,
                    "<div class=\"box{}\"><b>{}</b>{}</div>",
                    if k >= 4 { " low" } else { "" },
                    esc(label),
                    esc(title)
                );
            }
            out.push_str("</div>\n");
        }
        Body::Model {
            heading,
            title,
            caption,
            model,
        } => {
            head(out, heading, title.as_deref());
            model_html(out, model, caption.as_deref());
        }
        Body::Compare(c) => compare(out, c),
        Body::Work {
            heading,
            title,
            steps,
            minutes,
        } => {
            head(out, heading, Some(title));
            out.push_str("<ol>\n");
            for s in steps {
                let _ = writeln!(out, "<li>{}</li>", esc(s));
            }
            out.push_str("</ol>\n");
            let _ = writeln!(
                out,
                "<p class=\"time\">{} <span class=\"subtitle\">(c: {})</span></p>\n<div class=\"countdown\" hidden></div>",
                esc(&Msg::WorkMinutes
                    .get(lang)
                    .replace("{n}", &minutes.to_string())),
                esc(Msg::WorkStart.get(lang))
            );
        }
        Body::Team(_) => {}
    }
    out.push_str("</section>\n");
}

fn head(out: &mut String, heading: &str, title: Option<&str>) {
    let _ = writeln!(out, "<p class=\"heading\">{}</p>", esc(heading));
    if let Some(t) = title {
        let _ = writeln!(out, "<h2>{}</h2>", esc(t));
    }
}

fn list(out: &mut String, points: &[Point], numbered: bool, class: &str) {
    let tag = if numbered { "ol" } else { "ul" };
    if class.is_empty() {
        let _ = writeln!(out, "<{tag}>");
    } else {
        let _ = writeln!(out, "<{tag} class=\"{class}\">");
    }
    for (term, text) in points {
        match text {
            Some(t) => {
                let _ = writeln!(out, "<li><strong>{}</strong> — {}</li>", esc(term), esc(t));
            }
            None => {
                let _ = writeln!(out, "<li><strong>{}</strong></li>", esc(term));
            }
        }
    }
    let _ = writeln!(out, "</{tag}>");
}

/// The explanations beside a picture.
fn legend(out: &mut String, points: &[Point]) {
    if points.iter().all(|(_, t)| t.is_none()) {
        return;
    }
    out.push_str("<dl class=\"legend\">\n");
    for (term, text) in points {
        let _ = write!(out, "<dt>{}</dt>", esc(term));
        if let Some(t) = text {
            let _ = write!(out, "<dd>{}</dd>", esc(t));
        }
        out.push('\n');
    }
    out.push_str("</dl>\n");
}

fn boxed(out: &mut String, term: &str, text: Option<&str>) {
    let _ = write!(out, "<div class=\"box\"><b>{}</b>", esc(term));
    if let Some(t) = text {
        out.push_str(&esc(t));
    }
    out.push_str("</div>");
}

fn model_html(out: &mut String, model: &Model, caption: Option<&str>) {
    let stack = matches!(model, Model::Logics(_) | Model::Career { .. });
    out.push_str(if stack {
        "<div class=\"model stack\">\n<div class=\"picture\">\n"
    } else {
        "<div class=\"model\">\n<div class=\"picture\">\n"
    });
    let with_legend = !matches!(model, Model::Path(_) | Model::Cycle(_) | Model::Balance(_));
    match model {
        Model::Ladder(points) => {
            out.push_str("<ol class=\"ladder\">\n");
            for (i, (term, _)) in points.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "<li class=\"box\" style=\"--i:{i}\"><b>{} {}</b></li>",
                    i + 1,
                    esc(term)
                );
            }
            out.push_str("</ol>\n");
        }
        Model::Rings(points) => {
            out.push_str("<div class=\"rings\">");
            for (term, _) in points.iter().rev().take(points.len().saturating_sub(1)) {
                let _ = write!(out, "<div class=\"ring\"><b>{}</b>", esc(term));
            }
            if let Some((core, _)) = points.first() {
                let _ = write!(out, "<div class=\"ring core\"><b>{}</b></div>", esc(core));
            }
            for _ in 1..points.len() {
                out.push_str("</div>");
            }
            out.push_str("</div>\n");
        }
        Model::Logics(layers) => logics(out, layers, caption.unwrap_or_default()),
        Model::Mechanisms { parties, steps } => {
            out.push_str("<div class=\"mechs\">\n");
            for (i, (term, _)) in steps.iter().enumerate() {
                let class = ["apart", "touch", "take", "one"][i.min(3)];
                let _ = write!(
                    out,
                    "<div class=\"mech {class}\"><b>{} {}</b><div class=\"pair\">",
                    i + 1,
                    esc(term)
                );
                match i {
                    0 | 1 => {
                        let _ = write!(
                            out,
                            "<div class=\"box party\">{}</div><div class=\"box party\">{}</div>",
                            esc(&parties.0),
                            esc(&parties.1)
                        );
                    }
                    2 => {
                        let _ = write!(
                            out,
                            "<div class=\"box party\">{}</div><span class=\"arrow\">◀──</span><div class=\"box party\">{}</div>",
                            esc(&parties.0),
                            esc(&parties.1)
                        );
                    }
                    _ => {
                        let _ = write!(
                            out,
                            "<div class=\"box party\">{} · {}</div>",
                            esc(&parties.0),
                            esc(&parties.1)
                        );
                    }
                }
                out.push_str("</div></div>\n");
            }
            out.push_str("</div>\n");
        }
        Model::Domains(points) => {
            // Three circles that overlap.
            out.push_str("<svg viewBox=\"-60 0 420 260\" role=\"img\">\n");
            let places = [
                (110.0, 100.0, 70.0, 80.0),
                (190.0, 100.0, 230.0, 80.0),
                (150.0, 170.0, 150.0, 215.0),
            ];
            for (k, (term, _)) in points.iter().enumerate().take(3) {
                let (cx, cy, tx, ty) = places[k];
                let _ = writeln!(
                    out,
                    "<circle cx=\"{cx}\" cy=\"{cy}\" r=\"75\" fill=\"none\" stroke=\"#9a9a9a\" stroke-width=\"3\"/>\
                     <text x=\"{tx}\" y=\"{ty}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\">{}</text>",
                    esc(term)
                );
            }
            out.push_str("</svg>\n");
        }
        Model::Balance(points) => {
            out.push_str("<div class=\"balance\">");
            for (term, text) in points {
                boxed(out, term, text.as_deref());
            }
            out.push_str("<div class=\"beam\"></div></div>\n");
        }
        Model::Flow { up, across, zones } => {
            let name = |k: usize| zones.get(k).map(|z| esc(&z.0)).unwrap_or_default();
            let _ = write!(
                out,
                "<svg viewBox=\"0 0 400 300\" role=\"img\">\n\
                 <polygon points=\"40,260 100,260 380,40 380,20 320,20 40,240\" fill=\"#5fd7ff\" fill-opacity=\".25\" stroke=\"#9a9a9a\"/>\n\
                 <line x1=\"40\" y1=\"270\" x2=\"40\" y2=\"15\" stroke=\"#5fd7ff\" stroke-width=\"3\"/>\
                 <line x1=\"30\" y1=\"260\" x2=\"390\" y2=\"260\" stroke=\"#5fd7ff\" stroke-width=\"3\"/>\n\
                 <text x=\"48\" y=\"15\" font-size=\"14\">▲ {}</text><text x=\"390\" y=\"285\" text-anchor=\"end\" font-size=\"14\">{} ▶</text>\n\
                 <text x=\"60\" y=\"70\" font-size=\"16\" font-weight=\"700\">{}</text>\
                 <text x=\"370\" y=\"230\" text-anchor=\"end\" font-size=\"16\" font-weight=\"700\">{}</text>\
                 <text x=\"215\" y=\"135\" font-size=\"18\" font-weight=\"700\" transform=\"rotate(-38 215 135)\">{}</text>\n</svg>\n",
                esc(up),
                esc(across),
                name(1),
                name(0),
                name(2)
            );
        }
        Model::Career {
            across,
            down,
            domains,
            stages,
        } => {
            let _ = write!(
                out,
                "<div class=\"career\"><div class=\"across\">{} ▶</div><div class=\"cols\">",
                esc(across)
            );
            for (term, _) in domains {
                boxed(out, term, None);
            }
            let _ = write!(out, "</div><div class=\"depth\">▼ {}: ", esc(down));
            let stages: Vec<String> = stages
                .iter()
                .map(|s| format!("<span>{}</span>", esc(s)))
                .collect();
            out.push_str(&stages.join(" › "));
            out.push_str("</div></div>\n");
        }
        Model::Path(points) => {
            out.push_str("<ol class=\"path\">\n");
            for (term, text) in points {
                out.push_str("<li>");
                boxed(out, term, text.as_deref());
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n");
        }
        Model::Cycle(points) => {
            out.push_str("<ol class=\"cycle\">\n");
            for (term, text) in points {
                out.push_str("<li>");
                boxed(out, term, text.as_deref());
                out.push_str("</li>\n");
            }
            out.push_str("</ol>\n");
        }
    }
    out.push_str("</div>\n");
    if with_legend {
        legend(out, &model.points());
    }
    out.push_str("</div>\n");
    if let (Some(c), false) = (caption, matches!(model, Model::Logics(_))) {
        let _ = writeln!(out, "<p class=\"caption\">{}</p>", esc(c));
    }
}

fn logics(out: &mut String, layers: &[Layer], classroom: &str) {
    let _ = write!(
        out,
        "<div class=\"logics\" style=\"grid-template-columns:.7fr repeat({},1fr)\">\n<div class=\"classroom\">{}</div>\n",
        layers.len(),
        esc(classroom)
    );
    for l in layers {
        let _ = writeln!(
            out,
            "<div><b>{}</b><span class=\"who\">{}</span></div>",
            esc(&l.name),
            esc(&l.who)
        );
    }
    out.push_str("</div>\n<div class=\"far\">────────────▶</div>\n");
}

fn compare(out: &mut String, c: &Compare) {
    let head_text = match &c.title {
        Some(t) => format!("{} · {t}", c.heading),
        None => c.heading.clone(),
    };
    let _ = writeln!(out, "<p class=\"heading\">{}</p>", esc(&head_text));
    let n = c.left.entries.len().max(c.right.entries.len());
    out.push_str("<div class=\"compare\">\n<div class=\"left\">");
    let _ = write!(out, "<p class=\"side\">{}</p><ol>", esc(&c.left.title));
    for e in &c.left.entries {
        let _ = write!(out, "<li>{}</li>", esc(e));
    }
    out.push_str("</ol></div>\n");
    // One row is 10 units; the lists start one row down, under their titles.
    let _ = write!(
        out,
        "<svg viewBox=\"0 0 100 {}\" preserveAspectRatio=\"none\" style=\"height:{}em\" role=\"img\">",
        (n + 1) * 10,
        (n + 1) * 2
    );
    for p in &c.pairs {
        let (y1, y2) = (15 + 10 * p.left, 15 + 10 * p.right);
        let _ = write!(
            out,
            "<line class=\"{}\" x1=\"2\" y1=\"{y1}\" x2=\"98\" y2=\"{y2}\" stroke=\"{}\" stroke-width=\"3\"{} vector-effect=\"non-scaling-stroke\"/>",
            if p.ours { "ours" } else { "same" },
            if p.ours { "#c8c8c8" } else { "#5fd7ff" },
            if p.ours {
                " stroke-dasharray=\"6 5\""
            } else {
                ""
            }
        );
    }
    out.push_str("</svg>\n<div class=\"right\">");
    let _ = write!(out, "<p class=\"side\">{}</p><ol>", esc(&c.right.title));
    for e in &c.right.entries {
        let _ = write!(out, "<li>{}</li>", esc(e));
    }
    out.push_str("</ol></div>\n</div>\n");
    if let Some(note) = &c.note {
        let _ = writeln!(out, "<p class=\"note\">╌╌ {}</p>", esc(note));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<script>\"a\" & 'b'</script>\u{1b}"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;\u{fffd}"
        );
    }
}
