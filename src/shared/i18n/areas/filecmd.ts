import type { Translation } from '../merge'

/**
 * Opening and saving files (#20): the sample dialog (with the bundled samples' names and
 * descriptions, which a test keeps equal to resources/samples/*.json in English), the "already
 * here" question, drag-and-drop, the Excel export's progress and every file toast.
 */
export const filecmdEn = {
  'filecmd.drop': 'Drop a project file to open it',
  'filecmd.exporting': 'Exporting Excel model — step {step} of {of}: {label}',
  'filecmd.stage.building': 'Running the model, building the workbook and checking every formula…',
  'filecmd.stage.saving': 'Saving…',
  'filecmd.samples.title': 'Open a sample project',
  'filecmd.samples.description': 'Each sample is added to your projects as a new project you can change freely.',
  'filecmd.samples.close': 'Close',
  'filecmd.samples.loading': 'Loading samples…',
  'filecmd.samples.none': 'No sample projects are bundled with this build.',
  'filecmd.samples.meta': '{currency} · {count, plural, one {# feedstock stream} other {# feedstock streams}} · {years} years',
  'filecmd.samples.fileName': 'The bundled sample',
  'filecmd.sameId.title': 'This project is already here',
  'filecmd.sameId.cancel': 'Cancel',
  'filecmd.sameId.copy': 'Add the file as a copy',
  'filecmd.sameId.here': 'Open the project here',
  'filecmd.sameId.body': '{fileName} is a file of “{projectName}”, which is already here (last saved {savedAt}).',
  'filecmd.sameId.identical': 'The file holds the same inputs as the project here.',
  'filecmd.sameId.differs': 'The file’s inputs differ from the project here (an older or newer version). Adding it as a copy keeps both; the project here is not changed either way.',
  'filecmd.openTitle': 'Open a Bankable project',
  'filecmd.openForReviewTitle': 'Open a project file for review (read-only)',
  'filecmd.couldNotOpen': 'Could not open the file: {message}',
  'filecmd.saveFirst': 'Open a project first, then save it as a file.',
  'filecmd.saved': 'Saved “{name}”',
  'filecmd.couldNotSave': 'Could not save the file: {message}',
  'filecmd.exportFirst': 'Open a project first, then export its Excel model.',
  'filecmd.notExported': 'The Excel model was not exported: {message}',
  'filecmd.exported': 'Exported “{name}”',
  'filecmd.couldNotSaveExcel': 'Could not save the Excel model: {message}',
  'filecmd.exportFailed': 'The Excel model was not exported ({message})',
  'filecmd.refused': '“{fileName}” was not opened: {problems}{more, plural, =0 {} other { (and # more)}}. Nothing was changed.',
  'filecmd.notText': 'is {reason}: is it really a project file?',
  'filecmd.sample.india-black-mass-hydromet.name': 'India black-mass hydrometallurgy plant (sample)',
  'filecmd.sample.india-black-mass-hydromet.description':
    'Sample project: a 14 kt/yr lithium-ion recycling plant in India (EV packs shredded on site plus purchased NMC black mass) producing battery-grade Li2CO3, NiSO4·6H2O and CoSO4·7H2O by hydrometallurgy. Figures are illustrative and sourced as follows (see docs/methodology.md and the spec\'s domain research): black-mass yield 37 % of pack mass (idealised pack basis 35–38 %; Li-Cycle 38.9 %, Primobius 34 %); hydromet recoveries Co/Ni/Mn 98 %, Li 90 % (Argonne EverBatt 2019, Table 12); product factors Li→Li2CO3 5.323, Ni→NiSO4·6H2O 4.478, Co→CoSO4·7H2O 4.770 (IUPAC atomic weights); black-mass bought at 55 % of contained value (Fastmarkets payables 2023–25: 50–79 %); capex ≈ Rs 3.5 lakh per t/yr of input (Rs 490 crore for 14 kt/yr) (Attero: Rs 300 crore for 11 kt/yr ≈ Rs 3 lakh); 20 % capex subsidy under the Critical Mineral Recycling Scheme (3 Sep 2025) capped at Rs 50 crore per large entity; tax s.115BAA 22 % × 1.10 × 1.04 = 25.168 % (no holiday: the regime allows no specified deductions); tax blocks as the IT Act has them (Appendix I, WDV): plant, machinery and utilities in the general pool at 15 % with maintenance capex capitalised into it (s.32, s.43(1)), buildings and civil works in a block of their own at 10 %, land not depreciated, IDC and the upfront fee capitalised pro rata to the blocks; business losses carried forward 8 assessment years (s.72), unabsorbed depreciation without limit (s.32(2)); FX USD/INR 85.5 (Jun–Jul 2025 ≈ 85.3–86.7) with 2 % annual depreciation, USD/JPY 145 (Jun 2025). Term sheet and plant features on (notes on each item): a distribution lock-up below 1.10x on the trailing 12-month DSCR (domain D2: lock-up 1.10x, default 1.00x), released after two consecutive passing half-years (assumption: a year of compliance); supply contracts with an EV OEM (loan life), registered battery collectors (5 years) and a cell maker\'s production scrap (7 years), graded against a 50 % supply coverage (judgement, as the lender presets); by-products from the reference library (Cu and Al foil, graphite and pack casings sold; electrolyte disposed as hazardous waste; plastics disposed); EPR certificates under the Battery Waste Management Rules 2022 at an assumed Rs 5/kg (no public price); the hydromet line\'s capacity 16 kt/yr of input at 87.7 % availability (EverBatt\'s 320 operating days a year; the 16 kt design figure is an assumption), just above the 14 kt nameplate. No cash sweep and no working-capital facility (no operating shortfall to fund).',
  'filecmd.sample.india-black-mass-three-lenders.name': 'India black-mass plant, three lenders (sample)',
  'filecmd.sample.india-black-mass-three-lenders.description':
    'Sample project (the India black-mass plant financed by three lenders): a 14 kt/yr lithium-ion recycling plant in India (EV packs shredded on site plus purchased NMC black mass) producing battery-grade Li2CO3, NiSO4·6H2O and CoSO4·7H2O by hydrometallurgy. Figures are illustrative and sourced as follows (see docs/methodology.md and the spec\'s domain research): black-mass yield 37 % of pack mass (idealised pack basis 35–38 %; Li-Cycle 38.9 %, Primobius 34 %); hydromet recoveries Co/Ni/Mn 98 %, Li 90 % (Argonne EverBatt 2019, Table 12); product factors Li→Li2CO3 5.323, Ni→NiSO4·6H2O 4.478, Co→CoSO4·7H2O 4.770 (IUPAC atomic weights); black-mass bought at 55 % of contained value (Fastmarkets payables 2023–25: 50–79 %); capex ≈ Rs 3.5 lakh per t/yr of input (Rs 490 crore for 14 kt/yr) (Attero: Rs 300 crore for 11 kt/yr ≈ Rs 3 lakh); 20 % capex subsidy under the Critical Mineral Recycling Scheme (3 Sep 2025) capped at Rs 50 crore per large entity; tax s.115BAA 22 % × 1.10 × 1.04 = 25.168 % (no holiday: the regime allows no specified deductions); tax blocks as the IT Act has them (Appendix I, WDV): plant, machinery and utilities in the general pool at 15 % with maintenance capex capitalised into it (s.32, s.43(1)), buildings and civil works in a block of their own at 10 %, land not depreciated, IDC and the upfront fee capitalised pro rata to the blocks; business losses carried forward 8 assessment years (s.72), unabsorbed depreciation without limit (s.32(2)); FX USD/INR 85.5 (Jun–Jul 2025 ≈ 85.3–86.7) with 2 % annual depreciation, USD/JPY 145 (Jun 2025). Debt (illustrative terms; an assumption where no source is named): 40 % from JBIC in USD under NEXI cover, 10 years with 12 months\' grace (JBIC lends in Japanese supply chains, storage batteries included, since the 2023 JBIC Act amendment; JBIC–PFC green loan of Jan 2025: 20-year tenor), Term SOFR + 1.25 %, NEXI premium 3.5 % of the loan (assumption: OECD country-risk category 3 for India, 10-year tenor), swapped into INR by a cross-currency swap costing 3 % a year (assumption: roughly the INR–USD interest differential); 25 % from IFC as an A-loan in USD, unhedged, 10 years with 12 months\' grace (IFC A-loans run 7–12 years, market pricing, at most 25 % of a greenfield project\'s cost), Term SOFR + 3.0 % (assumption); 35 % from an Indian bank in INR at 9.25 % fixed over 8 years (assumption: SBI-type lending rate plus a project spread). Term SOFR 3.7 % in 2026, 3.4 % in 2027, 3.5 % in 2028, 3.6 % from 2029 (assumption). The INR table carries on at 2 % a year after 2030, so the unhedged IFC tranche\'s debt service rises in rupees. Term sheet and plant features on (notes on each item): a distribution lock-up below 1.10x on the trailing 12-month DSCR (domain D2: lock-up 1.10x, default 1.00x), released after two consecutive passing half-years (assumption: a year of compliance); supply contracts with an EV OEM (loan life), registered battery collectors (5 years) and a cell maker\'s production scrap (7 years), graded against a 50 % supply coverage (judgement, as the lender presets); by-products from the reference library (Cu and Al foil, graphite and pack casings sold; electrolyte disposed as hazardous waste; plastics disposed); EPR certificates under the Battery Waste Management Rules 2022 at an assumed Rs 5/kg (no public price); the hydromet line\'s capacity 16 kt/yr of input at 87.7 % availability (EverBatt\'s 320 operating days a year; the 16 kt design figure is an assumption), just above the 14 kt nameplate. No cash sweep and no working-capital facility (no operating shortfall to fund).',
  'filecmd.sample.pgm-catalyst-recovery.name': 'Catalytic-converter PGM recovery plant (sample)',
  'filecmd.sample.pgm-catalyst-recovery.description':
    'Sample project: a converter decanning, milling and sampling plant in India feeding a PGM smelter/refiner under a refiner-style offtake. Sources (spec domain research): PGM per car ~4–5 g (JM); gasoline three-way catalysts Pd-rich with ~7× Pd:Rh, diesel DOC/DPF Pt-rich; aftermarket units ~10 % of OEM loading; returnables Pt/Pd high 90s %, Rh high 80s–low 90s %; refining charges $15/toz Pt/Pd, $60/toz Rh and prices Pt $1,308, Pd $1,090, Rh $5,500 as in constructed case C1 (no firm 2025 Rh quote found); recycler buys at 55–69 % of contained value (full-service refiners net ~95 %, brokers 50–70 %); refining date ~3 months after arrival, partly financed by provisional payments (inventory 75 days); tax s.115BAA 25.168 %, WDV 15 %, maintenance capex capitalised into the block (IT Act s.32, s.43(1)). Term sheet and plant features on (notes on each item): a USD 4.0 m working-capital facility at 9.5 % (assumption: the senior 8.5 % + 1 %) funds the first 75-day inventory build and is repaid before distributions, so no sponsor support is needed; feedstock supply contracts with the sponsor\'s collection arm for the loan life and with dismantlers for three years, at % of contained metal value with a floor and cap (domain A payables 55–69 %), graded against a 50 % supply-coverage threshold (judgement, as the lender presets); by-products from the reference library: decanned shells sold as steel scrap at a sourced heavy-melting scrap price (USD 233.50/t, Fastmarkets HMS 1&2 80:20 fob New York, May 2020: about USD 0.33 m a year of revenue; no public price for decanned 409 ferritic shells was found — replace it with a scrap dealer\'s quote) and the smelter\'s ceramic residue disposed (judgement). No MRA: maintenance capex is level (USD 0.25 m a year) with no overhaul cycle to reserve for. No lock-up term beyond the lender\'s covenant and no cash sweep.'
} as const

export const filecmdJa = {
  'filecmd.drop': 'プロジェクトファイルをドロップして開く',
  'filecmd.exporting': 'Excelモデルをエクスポート中 — ステップ {step}/{of}: {label}',
  'filecmd.stage.building': 'モデルを計算し、ワークブックを作成して、すべての数式を検証しています…',
  'filecmd.stage.saving': '保存中…',
  'filecmd.samples.title': 'サンプル・プロジェクトを開く',
  'filecmd.samples.description': 'サンプルは新しいプロジェクトとして追加され、自由に変更できます。',
  'filecmd.samples.close': '閉じる',
  'filecmd.samples.loading': 'サンプルを読み込み中…',
  'filecmd.samples.none': 'このビルドにはサンプル・プロジェクトが含まれていません。',
  'filecmd.samples.meta': '{currency} · 原料ストリーム{count, plural, other {#件}} · {years}年',
  'filecmd.samples.fileName': '同梱のサンプル',
  'filecmd.sameId.title': 'このプロジェクトはすでにあります',
  'filecmd.sameId.cancel': 'キャンセル',
  'filecmd.sameId.copy': 'コピーとして追加',
  'filecmd.sameId.here': '既存のプロジェクトを開く',
  'filecmd.sameId.body': '{fileName}は「{projectName}」のファイルで、このプロジェクトはすでにこの端末にあります（最終保存 {savedAt}）。',
  'filecmd.sameId.identical': 'ファイルの入力内容は、ここにあるプロジェクトと同じです。',
  'filecmd.sameId.differs': 'ファイルの入力内容は、ここにあるプロジェクトと異なります（古い版または新しい版）。コピーとして追加すると両方が残ります。どちらを選んでも、ここにあるプロジェクトは変更されません。',
  'filecmd.openTitle': 'Bankableのプロジェクトを開く',
  'filecmd.openForReviewTitle': 'プロジェクトファイルをレビュー用に開く（読み取り専用）',
  'filecmd.couldNotOpen': 'ファイルを開けませんでした: {message}',
  'filecmd.saveFirst': 'まずプロジェクトを開いてから、ファイルとして保存してください。',
  'filecmd.saved': '「{name}」を保存しました',
  'filecmd.couldNotSave': 'ファイルを保存できませんでした: {message}',
  'filecmd.exportFirst': 'まずプロジェクトを開いてから、Excelモデルをエクスポートしてください。',
  'filecmd.notExported': 'Excelモデルはエクスポートされませんでした: {message}',
  'filecmd.exported': '「{name}」をエクスポートしました',
  'filecmd.couldNotSaveExcel': 'Excelモデルを保存できませんでした: {message}',
  'filecmd.exportFailed': 'Excelモデルはエクスポートされませんでした（{message}）',
  'filecmd.refused': '「{fileName}」は開かれませんでした: {problems}{more, plural, =0 {} other {（ほか#件）}}。何も変更されていません。',
  'filecmd.notText': '{reason}です。本当にプロジェクトファイルですか？',
  'filecmd.sample.india-black-mass-hydromet.name': 'インド ブラックマス湿式製錬プラント（サンプル）',
  'filecmd.sample.india-black-mass-hydromet.description':
    'サンプル・プロジェクト: インドの年間14 kt規模のリチウムイオン電池リサイクル・プラント（EVパックの構内破砕と購入したNMCブラックマス）で、湿式製錬によりバッテリーグレードのLi2CO3、NiSO4·6H2O、CoSO4·7H2Oを生産します。数値は例示であり、出典は次のとおりです（docs/methodology.md と仕様書のドメイン調査を参照）: ブラックマス収率はパック重量の37 %（理想化したパック基準で35–38 %、Li-Cycle 38.9 %、Primobius 34 %）。湿式製錬の回収率はCo/Ni/Mn 98 %、Li 90 %（Argonne EverBatt 2019、表12）。製品換算係数はLi→Li2CO3 5.323、Ni→NiSO4·6H2O 4.478、Co→CoSO4·7H2O 4.770（IUPAC原子量）。ブラックマスの購入価格は含有価値の55 %（Fastmarketsのペイアブル 2023–25年: 50–79 %）。設備投資は投入能力1 t/年あたり約Rs 3.5ラク（14 kt/年でRs 490クロール）（Attero: 11 kt/年でRs 300クロール ≈ Rs 3ラク）。重要鉱物リサイクル・スキーム（2025年9月3日）による設備投資の20 %の補助金、大規模事業者あたりRs 50クロールを上限。法人税はs.115BAAにより22 % × 1.10 × 1.04 = 25.168 %（タックス・ホリデーなし: 同制度では所定の控除を受けられない）。税務上の資産区分は所得税法どおり（付表I、定率法）: プラント、機械、ユーティリティは一般プールで15 %、維持更新投資もここに資産計上（s.32、s.43(1)）。建物・土木工事は独立した区分で10 %、土地は償却なし。建中金利とアップフロント・フィーは各区分に按分して資産計上。事業上の欠損金は8課税年度繰越（s.72）、未償却の減価償却費は無期限（s.32(2)）。為替はUSD/INR 85.5（2025年6–7月 ≈ 85.3–86.7）、年2 %の減価、USD/JPY 145（2025年6月）。タームシートとプラントの機能（各項目に注記）: 過去12か月DSCRが1.10x未満で配当をロックアップ（ドメインD2: ロックアップ1.10x、デフォルト1.00x）、2半期連続で基準を満たすと解除（前提: 1年間の遵守）。EVメーカー（融資期間）、登録済みの電池回収業者（5年）、セル・メーカーの製造スクラップ（7年）との原料供給契約を、供給カバー率50 %に照らして評価（判断値、レンダーのプリセットと同じ）。参照ライブラリの副産物（Cu・Al箔、黒鉛、パック筐体は売却、電解液は有害廃棄物として処分、樹脂は処分）。2022年電池廃棄物管理規則に基づくEPR証書は想定価格Rs 5/kg（公表価格なし）。湿式ラインの能力は投入ベースで16 kt/年、稼働率87.7 %（EverBattの年間稼働320日、16 ktの設計値は前提）で、定格14 ktをわずかに上回ります。キャッシュ・スイープと運転資金ファシリティはありません（賄うべき操業上の資金不足がないため）。',
  'filecmd.sample.india-black-mass-three-lenders.name': 'インド ブラックマス・プラント、レンダー3行（サンプル）',
  'filecmd.sample.india-black-mass-three-lenders.description':
    'サンプル・プロジェクト（インドのブラックマス・プラントを3行のレンダーが融資）: インドの年間14 kt規模のリチウムイオン電池リサイクル・プラント（EVパックの構内破砕と購入したNMCブラックマス）で、湿式製錬によりバッテリーグレードのLi2CO3、NiSO4·6H2O、CoSO4·7H2Oを生産します。数値は例示であり、出典は次のとおりです（docs/methodology.md と仕様書のドメイン調査を参照）: ブラックマス収率はパック重量の37 %（理想化したパック基準で35–38 %、Li-Cycle 38.9 %、Primobius 34 %）。湿式製錬の回収率はCo/Ni/Mn 98 %、Li 90 %（Argonne EverBatt 2019、表12）。製品換算係数はLi→Li2CO3 5.323、Ni→NiSO4·6H2O 4.478、Co→CoSO4·7H2O 4.770（IUPAC原子量）。ブラックマスの購入価格は含有価値の55 %（Fastmarketsのペイアブル 2023–25年: 50–79 %）。設備投資は投入能力1 t/年あたり約Rs 3.5ラク（14 kt/年でRs 490クロール）（Attero: 11 kt/年でRs 300クロール ≈ Rs 3ラク）。重要鉱物リサイクル・スキーム（2025年9月3日）による設備投資の20 %の補助金、大規模事業者あたりRs 50クロールを上限。法人税はs.115BAAにより22 % × 1.10 × 1.04 = 25.168 %（タックス・ホリデーなし: 同制度では所定の控除を受けられない）。税務上の資産区分は所得税法どおり（付表I、定率法）: プラント、機械、ユーティリティは一般プールで15 %、維持更新投資もここに資産計上（s.32、s.43(1)）。建物・土木工事は独立した区分で10 %、土地は償却なし。建中金利とアップフロント・フィーは各区分に按分して資産計上。事業上の欠損金は8課税年度繰越（s.72）、未償却の減価償却費は無期限（s.32(2)）。為替はUSD/INR 85.5（2025年6–7月 ≈ 85.3–86.7）、年2 %の減価、USD/JPY 145（2025年6月）。借入（例示条件、出典のないものは前提）: 40 %はJBICからUSD建て、NEXI付保、期間10年・据置期間12か月（2023年のJBIC法改正以降、JBICは蓄電池を含む日本のサプライチェーンに融資。2025年1月のJBIC–PFCグリーンローンは期間20年）、タームSOFR + 1.25 %、NEXI保険料は融資額の3.5 %（前提: インドのOECDカントリーリスク分類3、期間10年）、通貨スワップでINRに交換、そのコストは年3 %（前提: INRとUSDの金利差程度）。25 %はIFCからUSD建てのAローン、ヘッジなし、期間10年・据置期間12か月（IFCのAローンは7–12年、市場金利、グリーンフィールド案件の事業費の25 %まで）、タームSOFR + 3.0 %（前提）。35 %はインドの銀行からINR建て、固定9.25 %、期間8年（前提: SBI型の貸出金利にプロジェクト・スプレッドを加算）。タームSOFRは2026年3.7 %、2027年3.4 %、2028年3.5 %、2029年以降3.6 %（前提）。INRの為替表は2030年以降も年2 %で続くため、ヘッジなしのIFCトランシェの元利金返済額はルピー建てで増加します。タームシートとプラントの機能（各項目に注記）: 過去12か月DSCRが1.10x未満で配当をロックアップ（ドメインD2: ロックアップ1.10x、デフォルト1.00x）、2半期連続で基準を満たすと解除（前提: 1年間の遵守）。EVメーカー（融資期間）、登録済みの電池回収業者（5年）、セル・メーカーの製造スクラップ（7年）との原料供給契約を、供給カバー率50 %に照らして評価（判断値、レンダーのプリセットと同じ）。参照ライブラリの副産物（Cu・Al箔、黒鉛、パック筐体は売却、電解液は有害廃棄物として処分、樹脂は処分）。2022年電池廃棄物管理規則に基づくEPR証書は想定価格Rs 5/kg（公表価格なし）。湿式ラインの能力は投入ベースで16 kt/年、稼働率87.7 %（EverBattの年間稼働320日、16 ktの設計値は前提）で、定格14 ktをわずかに上回ります。キャッシュ・スイープと運転資金ファシリティはありません（賄うべき操業上の資金不足がないため）。',
  'filecmd.sample.pgm-catalyst-recovery.name': '廃触媒PGM回収プラント（サンプル）',
  'filecmd.sample.pgm-catalyst-recovery.description':
    'サンプル・プロジェクト: インドで廃触媒の缶体除去、粉砕、サンプリングを行い、精錬業者型の引取契約に基づいてPGM製錬・精製業者へ供給するプラントです。出典（仕様書のドメイン調査）: 乗用車1台あたりのPGMは約4–5 g（JM）。ガソリン車の三元触媒はPdが多く Pd:Rh は約7倍、ディーゼル車のDOC/DPFはPtが多い。アフターマーケット品の担持量はOEM品の約10 %。返還率はPt/Pdが90 %台後半、Rhが80 %台後半から90 %台前半。精製費はPt/Pdが$15/toz、Rhが$60/toz、価格はPt $1,308、Pd $1,090、Rh $5,500で、構築ケースC1のとおり（2025年のRhの確定価格は見つからず）。リサイクル事業者の購入価格は含有価値の55–69 %（フルサービスの精錬業者は正味約95 %、ブローカーは50–70 %）。精製日は到着後約3か月で、一部は仮払いで賄われる（在庫75日）。法人税はs.115BAAにより25.168 %、定率法15 %、維持更新投資は資産区分に資産計上（所得税法s.32、s.43(1)）。タームシートとプラントの機能（各項目に注記）: USD 4.0 mの運転資金ファシリティ、金利9.5 %（前提: シニアの8.5 % + 1 %）が最初の75日分の在庫積み上げを賄い、配当の前に返済されるため、スポンサー支援は不要。原料供給契約はスポンサーの回収部門と融資期間、解体業者と3年、含有金属価値に対する%で下限・上限付き（ドメインAのペイアブル55–69 %）、供給カバー率50 %の基準値に照らして評価（判断値、レンダーのプリセットと同じ）。参照ライブラリの副産物: 缶体除去後のシェルは出典のある重量屑（HMS）価格で鉄スクラップとして売却（USD 233.50/t、Fastmarkets HMS 1&2 80:20 fob New York、2020年5月。年約USD 0.33 mの収入。缶体除去後の409フェライト系シェルの公開価格は見つからず、スクラップ業者の見積りに置き換えてください）、製錬所のセラミック残渣は処分（判断値）。MRAなし: 維持更新投資は毎年一定（年USD 0.25 m）で、積み立てるべきオーバーホール周期がありません。レンダーのコベナンツ以外のロックアップ条件とキャッシュ・スイープはありません。'
} satisfies Translation<typeof filecmdEn>
