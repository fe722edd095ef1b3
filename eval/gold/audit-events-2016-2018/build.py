import json
ART = {}
for l in open('corpus/wikinews-fr-2016-2018/articles.jsonl', encoding='utf-8'):
    d = json.loads(l); ART[d['id']] = d

def E(a1, t, a2, ev, where=None, when=None, note=None):
    return dict(actor1=a1, type=t, actor2=a2, where=where, when=when, evidence=ev, note=note)

G = {
'021': (['BDI', 'SOM'], [
  E('BDI', 'statement', "Conseil des droits de l'homme des Nations unies", "son refus de collaboration avec le Conseil des droits de l'homme des Nations unies"),
  E('BDI', 'protest', 'Cour pénale internationale', "la récente sortie de la Cour pénale internationale (CPI)"),
  E('Union européenne', 'aid', 'BDI', "l'aide financière relative à l'AMISOM qu'elle accorde au pays dirigé par Pierre Nkurunziza"),
  E('BDI', 'cooperate', 'SOM', "les salaires des soldats burundais en Somalie"),
  E('Union africaine', 'aid', 'BDI', "est transmise à l'Union Africaine (UA) puis au Burundi"),
  E('Union européenne', 'sanction', 'BDI', "l'UE avait interrompu son aide directe au gouvernement burundais", when="en mars 2016"),
  E('Union européenne', 'sanction', 'BDI', "la décision européenne d'interrompre les versements"),
  E('Gaston Sindimwo', 'accuse', 'Union européenne', "C’est un geste qui est dans la continuité de la déstabilisation de la République du Burundi", when="Le 22 octobre 2016"),
  E('Gaston Sindimwo', 'accuse', 'Union africaine', "c’est l’Union africaine, en complicité avec l’Union européenne"),
]),
'023': (['CHE', 'BDI'], []),
'030': (['BDI', 'DEU', 'BEL', 'FRA', 'NLD'], [
  E('Union européenne', 'statement', 'BDI', "les prises de position de l'Union européenne au sujet des droits de l'Homme au Burundi"),
  E('Union européenne', 'sanction', 'BDI', "les sanctions décidées par l'organisation européenne"),
  E('Pierre Nkurunziza', 'protest', 'DEU', "a décidé de convoquer les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE"),
  E('Pierre Nkurunziza', 'protest', 'BEL', "a décidé de convoquer les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE"),
  E('Pierre Nkurunziza', 'protest', 'FRA', "a décidé de convoquer les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE"),
  E('Pierre Nkurunziza', 'protest', 'NLD', "a décidé de convoquer les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE"),
  E('Pierre Nkurunziza', 'protest', 'Union européenne', "a décidé de convoquer les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE"),
  E('FRA', 'meet', 'Pierre Nkurunziza', "ont donc récemment rencontré Pierre Nkurunziza dans le cadre de la remise des lettres de créance"),
  E('NLD', 'meet', 'Pierre Nkurunziza', "ont donc récemment rencontré Pierre Nkurunziza dans le cadre de la remise des lettres de créance"),
  E('Union européenne', 'meet', 'Pierre Nkurunziza', "ont donc récemment rencontré Pierre Nkurunziza dans le cadre de la remise des lettres de créance"),
  E('DEU', 'protest', 'BDI', "l'absence de circonstance de ces ambassadeurs lors d'une réunion organisée par le pouvoir"),
  E('BEL', 'protest', 'BDI', "l'absence de circonstance de ces ambassadeurs lors d'une réunion organisée par le pouvoir"),
  E('FRA', 'protest', 'BDI', "l'absence de circonstance de ces ambassadeurs lors d'une réunion organisée par le pouvoir"),
  E('NLD', 'protest', 'BDI', "l'absence de circonstance de ces ambassadeurs lors d'une réunion organisée par le pouvoir"),
  E('Union européenne', 'protest', 'BDI', "l'absence de circonstance de ces ambassadeurs lors d'une réunion organisée par le pouvoir"),
]),
'042': (['DZA', 'ZAF', 'MAR', 'ETH'], [
  E('DZA', 'accuse', 'MAR', "les critiques de l’Algérie et de l’Afrique du Sud"),
  E('ZAF', 'accuse', 'MAR', "les critiques de l’Algérie et de l’Afrique du Sud"),
  E('Union africaine', 'cooperate', 'MAR', "la majorité des membres de l'Union africaine (39 sur 54) ont voté en faveur du retour sans conditions du Maroc dans l'organisation", where="Addis Abeba"),
  E('MAR', 'protest', 'Union africaine', "le Royaume avait claqué la porte de l'UA", when="en 1984"),
  E('Union africaine', 'cooperate', 'RASD', "l'admission de la République arabe sahraouie démocratique (RASD)"),
  E('Mohamed Salem Ould Salek', 'cooperate', 'MAR', "nous avons accepté qu’il intègre l’UA"),
  E('MAR', 'statement', 'RASD', "refuse de reconnaître la RASD"),
  E('MAR', 'agree', 'Union africaine', "le Maroc a accepté sans conditions les principes et les objectifs contenus dans l’acte constitutif"),
  E('Mohamed Salem Ould Salek', 'statement', 'MAR', "Maintenant nous allons veiller à ce qu’il respecte ses engagements au sein de l’UA"),
]),
'048': (['COD'], [
  E('Nations unies', 'statement', 'COD', "demande aux délégués des assises au dialogue du centre inter-diocésain d'appliquer l'accord du 31 décembre dernier"),
]),
'055': (['TCD', 'FRA', 'SDN', 'MLI', 'MRT', 'NER', 'BFA'], [
  E('FRA', 'cooperate', 'TCD', "Nous sommes mobilisés avec les autorités tchadiennes pour parvenir à la libération de notre compatriote"),
  E('TCD', 'cooperate', 'FRA', "Il abrite d'ailleurs le QG de la force antiterroriste « Barkhane »", where="N’Djamena"),
  E('FRA', 'cooperate', 'MRT', "menant des opérations dans cinq pays du Sahel : la Mauritanie, le Mali, le Niger, le Tchad et le Burkina Faso"),
  E('FRA', 'cooperate', 'MLI', "menant des opérations dans cinq pays du Sahel : la Mauritanie, le Mali, le Niger, le Tchad et le Burkina Faso"),
  E('FRA', 'cooperate', 'NER', "menant des opérations dans cinq pays du Sahel : la Mauritanie, le Mali, le Niger, le Tchad et le Burkina Faso"),
  E('FRA', 'cooperate', 'BFA', "menant des opérations dans cinq pays du Sahel : la Mauritanie, le Mali, le Niger, le Tchad et le Burkina Faso"),
]),
'068': (['ISR', 'ZAF', 'DZA', 'BGD', 'BRA', 'CHN', 'EGY', 'IRN', 'LBN', 'MYS', 'MAR', 'MRT', 'NIC', 'NGA', 'OMN',
         'PAK', 'QAT', 'RUS', 'SEN', 'SDN', 'SWE', 'TCD', 'VNM', 'DEU', 'USA', 'GRC', 'LTU', 'ITA', 'PRY', 'NLD',
         'GBR', 'TGO', 'UKR'], [
  E('UNESCO', 'statement', 'ISR', "a voté, mardi, jour de l'indépendance israélienne, en faveur d’une résolution rejetant la souveraineté d'Israël", when="mardi"),
  E('Benjamin Netanyahu', 'accuse', 'UNESCO', "a qualifié mardi cette décision d'« absurde »", when="mardi"),
  E('Miri Regev', 'statement', 'UNESCO', "a demandé que les bureaux de l'UNESCO de Jérusalem soient fermés"),
]),
'074': (['ESP'], []),
'076': (['SYR', 'ISR', 'USA', 'RUS', 'IRN'], [
  E('Benyamin Netanyahou', 'threaten', 'SYR', "a annoncé que son pays poursuivrait ses opérations militaires dans le sud de la Syrie s'il le juge nécessaire"),
  E('Benyamin Netanyahou', 'statement', 'USA', "J'ai également informé nos amis, à commencer par nos amis américains et aussi nos amis à Moscou"),
  E('Benyamin Netanyahou', 'statement', 'RUS', "J'ai également informé nos amis, à commencer par nos amis américains et aussi nos amis à Moscou"),
  E('Hezbollah', 'cooperate', 'IRN', "le Hezbollah libanais et d'autres milices chiites, alliés à l'Iran et au régime de Damas"),
  E('Hezbollah', 'cooperate', 'SYR', "le Hezbollah libanais et d'autres milices chiites, alliés à l'Iran et au régime de Damas"),
  E('ISR', 'attack', 'SYR', "Israël a intercepté un drône syrien dans le Golan", where="Golan", when="deux jours après"),
  E('USA', 'statement', 'ISR', "les États-Unis et la Russie ont demandé le respect d'un cessez-le-feu dans la région"),
  E('RUS', 'statement', 'ISR', "les États-Unis et la Russie ont demandé le respect d'un cessez-le-feu dans la région"),
]),
'077': (['GBR', 'FRA'], [
  E('FRA', 'cooperate', 'GBR', "la France va prêter au Royaume-Uni, d'ici cinq ans, la fameuse Tapisserie de Bayeux", when="d'ici cinq ans"),
  E('Macron', 'meet', 'Theresa May', "lors d'une rencontre diplomatique avec May à Académie royale militaire de Sandhurst", where="Académie royale militaire de Sandhurst"),
]),
'082': (['RUS', 'GBR'], [
  E('Union européenne', 'protest', 'RUS', "les 28 États membres de l'Union européenne ont décidé de rappeler pour consultations Markus Ederer, leur ambassadeur à Moscou", when="Lors de la réunion du Conseil européen des 22 et 23 mars 2018"),
  E('Theresa May', 'statement', 'Union européenne', "Cette décision a été prise en particulier à la demande de la Première ministre britannique Theresa May"),
  E('Union européenne', 'accuse', 'RUS', "l'implication de la Russie dans cet empoisonnement est jugé comme « très probable »"),
  E('Emmanuel Macron', 'cooperate', 'Theresa May', "Le président français Emmanuel Macron a exprimé son soutien entier à May"),
  E('GBR', 'sanction', 'RUS', "le Royaume-Uni a déjà expulsé 23 diplomates russes", when="La semaine dernière"),
]),
'086': (['COL', 'USA'], []),
'088': (['DZA', 'IND', 'IRQ'], []),
'089': (['MMR', 'NLD', 'BGD'], [
  E('Cour pénale internationale', 'statement', 'MMR', "la Cour pénale internationale (CPI) a donné à la Birmanie (Myanmar) une date limite pour répondre à une demande d'extension de sa juridiction", where="La Haye", when="Jeudi"),
  E('Nations Unies', 'accuse', 'MMR', "Le Haut Commissaire des Nations Unies aux droits de l'homme a qualifié ces évènements « d'exemple type de nettoyage ethnique »"),
]),
}

for n, (countries, events) in G.items():
    aid = f'frwikinews-{n}'; a = ART[aid]; text = a['text']
    out_events = []
    for e in events:
        ev = e['evidence']; i = text.find(ev)
        assert i >= 0, (n, ev)
        for k in ('where', 'when'):
            assert e[k] is None or e[k] in text, (n, e[k])
        rec = {k: e[k] for k in ('actor1', 'type', 'actor2', 'where', 'when', 'evidence')}
        rec['start'], rec['end'] = i, i + len(ev)
        if e['note']: rec['note'] = e['note']
        out_events.append(rec)
    out_events.sort(key=lambda r: r['start'])
    assert len(set(countries)) == len(countries)
    gold = {'id': aid, 'lang': 'fr', 'published': a['published'],
            'provenance': f'corpus/wikinews-fr-2016-2018/articles.jsonl (id {aid})', 'url': a['url'],
            'text': text, 'quotes': [], 'countries': countries, 'events': out_events}
    with open(f'eval/gold/audit-events-2016-2018/{aid}.json', 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write('\n')
    print(aid, len(countries), len(out_events))
