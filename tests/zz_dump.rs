mod common;
use werkboek::data::{Log, Workbook};
use werkboek::present::Start;

#[test]
fn dump() {
    let ids = std::env::var("IDS").unwrap_or_default();
    let (w, h): (u16, u16) = {
        let s = std::env::var("SIZE").unwrap_or("80x24".into());
        let (a, b) = s.split_once('x').unwrap();
        (a.parse().unwrap(), b.parse().unwrap())
    };
    for id in ids.split(',') {
        let mut setup = common::setup(Workbook::default(), w, h);
        setup.log = Some(Ok(Log::default()));
        setup.present = Some(Start::Material { from: Some(id.to_string()), only: false });
        let app = common::harness(setup);
        println!("=== {id}\n{}", common::screen(&app));
    }
}
