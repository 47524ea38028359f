-- Fictional demo data for the default (demo) profile only: the city "Ruhrstadt", laid out like Bochum.
-- Names, addresses and phone numbers are invented; phone numbers come from the range the Federal Network
-- Agency keeps free for fiction (0221 4710 xxx). Repeatable migration: re-applied when this file changes.

INSERT IGNORE INTO district (id, name) VALUES (1, 'Mitte'), (2, 'Wattenscheid'), (3, 'Nord'), (4, 'Ost'), (5, 'Süd'), (6, 'Südwest');

INSERT IGNORE INTO kita (id, name, street, postcode, city, phone, district_id) VALUES
  (1, 'Kita Regenbogen', 'Lindenstraße 12', '44701', 'Ruhrstadt', '0221 4710 200', 1),
  (2, 'Kita Sonnenblume', 'Am Mühlenbach 3', '44702', 'Ruhrstadt', '0221 4710 201', 1),
  (3, 'Städtische Kita Kastanienweg', 'Kastanienweg 8', '44703', 'Ruhrstadt', '0221 4710 202', 1),
  (4, 'Familienzentrum Brückenstraße', 'Brückenstraße 41', '44704', 'Ruhrstadt', '0221 4710 203', 1),
  (5, 'Kita Pusteblume', 'Gartenstraße 5', '44705', 'Ruhrstadt', '0221 4710 204', 1),
  (6, 'Kita Zechenzwerge', 'Zechenstraße 19', '44711', 'Ruhrstadt', '0221 4710 205', 2),
  (7, 'Kita Löwenzahn', 'Hochstraße 7', '44712', 'Ruhrstadt', '0221 4710 206', 2),
  (8, 'Familienzentrum Am Park', 'Parkallee 2', '44713', 'Ruhrstadt', '0221 4710 207', 2),
  (9, 'Kita Kleine Strolche', 'Schulstraße 14', '44714', 'Ruhrstadt', '0221 4710 208', 2),
  (10, 'Kita Wirbelwind', 'Ahornweg 22', '44715', 'Ruhrstadt', '0221 4710 209', 2),
  (11, 'Kita Abenteuerland', 'Nordring 30', '44721', 'Ruhrstadt', '0221 4710 210', 3),
  (12, 'Kita Sternschnuppe', 'Birkenhof 4', '44722', 'Ruhrstadt', '0221 4710 211', 3),
  (13, 'Städtische Kita Feldmark', 'Feldmarkweg 11', '44723', 'Ruhrstadt', '0221 4710 212', 3),
  (14, 'Kita Bunte Steine', 'Steinstraße 9', '44724', 'Ruhrstadt', '0221 4710 213', 3),
  (15, 'Familienzentrum Nordlicht', 'Am Förderturm 1', '44725', 'Ruhrstadt', '0221 4710 214', 3),
  (16, 'Kita Spatzennest', 'Ostring 16', '44731', 'Ruhrstadt', '0221 4710 215', 4),
  (17, 'Kita Glückskinder', 'Weidenstraße 27', '44732', 'Ruhrstadt', '0221 4710 216', 4),
  (18, 'Städtische Kita Hellweg', 'Hellweg 55', '44733', 'Ruhrstadt', '0221 4710 217', 4),
  (19, 'Kita Schatzkiste', 'Rosenstraße 3', '44734', 'Ruhrstadt', '0221 4710 218', 4),
  (20, 'Kita Weltentdecker', 'Marktplatz 6', '44735', 'Ruhrstadt', '0221 4710 219', 4),
  (21, 'Kita Sausewind', 'Südstraße 40', '44741', 'Ruhrstadt', '0221 4710 220', 5),
  (22, 'Kita Käferland', 'Eichenallee 13', '44742', 'Ruhrstadt', '0221 4710 221', 5),
  (23, 'Familienzentrum Ruhrbogen', 'Uferweg 2', '44743', 'Ruhrstadt', '0221 4710 222', 5),
  (24, 'Städtische Kita Auf der Höhe', 'Höhenweg 18', '44744', 'Ruhrstadt', '0221 4710 223', 5),
  (25, 'Kita Grashüpfer', 'Wiesenstraße 21', '44745', 'Ruhrstadt', '0221 4710 224', 5),
  (26, 'Kita Rasselbande', 'Südwestring 8', '44751', 'Ruhrstadt', '0221 4710 225', 6),
  (27, 'Kita Kunterbunt', 'Buchenweg 15', '44752', 'Ruhrstadt', '0221 4710 226', 6),
  (28, 'Städtische Kita Mühlental', 'Mühlentalstraße 33', '44753', 'Ruhrstadt', '0221 4710 227', 6),
  (29, 'Kita Purzelbaum', 'Hofstraße 10', '44754', 'Ruhrstadt', '0221 4710 228', 6),
  (30, 'Familienzentrum Weitblick', 'Aussichtsweg 4', '44755', 'Ruhrstadt', '0221 4710 229', 6);

INSERT IGNORE INTO social_worker (id, first_name, last_name, office_phone, office_email, languages) VALUES
  (1, 'Anna', 'Beispiel', '0221 4710 100', 'anna.beispiel@jugendamt.ruhrstadt.example', 'de,en'),
  (2, 'Murat', 'Musterer', '0221 4710 101', 'murat.musterer@jugendamt.ruhrstadt.example', 'de,tr'),
  (3, 'Leyla', 'Fiktiva', '0221 4710 102', 'leyla.fiktiva@jugendamt.ruhrstadt.example', 'de,ar,en'),
  (4, 'Olena', 'Probe', '0221 4710 103', 'olena.probe@jugendamt.ruhrstadt.example', 'de,uk,ru'),
  (5, 'Jonas', 'Demmer', '0221 4710 104', 'jonas.demmer@jugendamt.ruhrstadt.example', 'de,en'),
  (6, 'Selin', 'Kurgu', '0221 4710 105', 'selin.kurgu@jugendamt.ruhrstadt.example', 'de,tr,en'),
  (7, 'Karim', 'Nadir', '0221 4710 106', 'karim.nadir@jugendamt.ruhrstadt.example', 'de,ar,fa'),
  (8, 'Maria', 'Testowa', '0221 4710 107', 'maria.testowa@jugendamt.ruhrstadt.example', 'de,pl,ru'),
  (9, 'Lukas', 'Erdacht', '0221 4710 108', 'lukas.erdacht@jugendamt.ruhrstadt.example', 'de,en'),
  (10, 'Elif', 'Ornek', '0221 4710 109', 'elif.ornek@jugendamt.ruhrstadt.example', 'de,tr,ku'),
  (11, 'Irina', 'Vymysel', '0221 4710 110', 'irina.vymysel@jugendamt.ruhrstadt.example', 'de,ro,bg');

INSERT IGNORE INTO kita_assignment (kita_id, social_worker_id, presence_day, presence_from, presence_until) VALUES
  (1, 1, 1, '08:30:00', '11:30:00'),
  (2, 1, 2, '13:00:00', '15:30:00'),
  (3, 1, 3, '08:30:00', '11:30:00'),
  (4, 2, 4, '13:00:00', '15:30:00'),
  (5, 2, 5, '08:30:00', '11:30:00'),
  (6, 2, 1, '13:00:00', '15:30:00'),
  (7, 3, 2, '08:30:00', '11:30:00'),
  (8, 3, 3, '13:00:00', '15:30:00'),
  (9, 3, 4, '08:30:00', '11:30:00'),
  (10, 4, 5, '13:00:00', '15:30:00'),
  (11, 4, 1, '08:30:00', '11:30:00'),
  (12, 5, 2, '13:00:00', '15:30:00'),
  (13, 5, 3, '08:30:00', '11:30:00'),
  (14, 5, 4, '13:00:00', '15:30:00'),
  (15, 6, 5, '08:30:00', '11:30:00'),
  (16, 6, 1, '13:00:00', '15:30:00'),
  (17, 6, 2, '08:30:00', '11:30:00'),
  (18, 7, 3, '13:00:00', '15:30:00'),
  (19, 7, 4, '08:30:00', '11:30:00'),
  (20, 7, 5, '13:00:00', '15:30:00'),
  (21, 8, 1, '08:30:00', '11:30:00'),
  (22, 8, 2, '13:00:00', '15:30:00'),
  (23, 9, 3, '08:30:00', '11:30:00'),
  (24, 9, 4, '13:00:00', '15:30:00'),
  (25, 9, 5, '08:30:00', '11:30:00'),
  (26, 10, 1, '13:00:00', '15:30:00'),
  (27, 10, 2, '08:30:00', '11:30:00'),
  (28, 10, 3, '13:00:00', '15:30:00'),
  (29, 11, 4, '08:30:00', '11:30:00'),
  (30, 11, 5, '13:00:00', '15:30:00');

INSERT IGNORE INTO partner_service (id, name, kind, street, postcode, city, phone, district_id) VALUES
  (1, 'Erziehungsberatungsstelle Ruhrstadt-Mitte', 'COUNSELLING_CENTRE', 'Hauptstraße 20', '44701', 'Ruhrstadt', '0221 4710 300', 1),
  (2, 'Familienzentrum Lindenhof', 'FAMILY_CENTRE', 'Lindenhof 5', '44722', 'Ruhrstadt', '0221 4710 301', 3),
  (3, 'Frühe Hilfen Ruhrstadt', 'EARLY_HELP', 'Rathausplatz 1', '44701', 'Ruhrstadt', '0221 4710 302', 1),
  (4, 'Familienhebammen im Gesundheitsamt', 'FAMILY_MIDWIFE', 'Westring 9', '44712', 'Ruhrstadt', '0221 4710 303', 2),
  (5, 'Gesundheitsamt – Kinder- und Jugendgesundheitsdienst', 'HEALTH_OFFICE', 'Westring 9', '44712', 'Ruhrstadt', '0221 4710 304', 2),
  (6, 'Job-Center Ruhrstadt', 'JOB_CENTER', 'Agenturstraße 1', '44733', 'Ruhrstadt', '0221 4710 305', 4),
  (7, 'Familienbildungsstätte Ruhrstadt', 'FAMILY_EDUCATION', 'Bildungsweg 12', '44742', 'Ruhrstadt', '0221 4710 306', 5),
  (8, 'Schuldner- und Insolvenzberatung', 'COUNSELLING_CENTRE', 'Südwestring 30', '44751', 'Ruhrstadt', '0221 4710 307', 6);

INSERT IGNORE INTO partner_service_text (partner_service_id, language, description) VALUES
  (1, 'de', 'Kostenlose Beratung zu Erziehung, Familienkonflikten und Trennung. Auch ohne Termin telefonisch erreichbar.'),
  (1, 'en', 'Free counselling on parenting, family conflicts and separation. Also reachable by phone without an appointment.'),
  (1, 'tr', 'Çocuk yetiştirme, aile içi anlaşmazlıklar ve ayrılık konularında ücretsiz danışmanlık. Randevusuz telefonla da ulaşılabilir.'),
  (1, 'ar', 'استشارة مجانية حول التربية والخلافات الأسرية والانفصال. يمكن التواصل هاتفيًا دون موعد أيضًا.'),
  (1, 'uk', 'Безкоштовні консультації з питань виховання, сімейних конфліктів і розлучення. Можна зателефонувати й без запису.'),
  (2, 'de', 'Treffpunkt für Familien: Elterncafé, Sprachkurse mit Kinderbetreuung und Beratung vor Ort.'),
  (2, 'en', 'A meeting place for families: parents'' café, language courses with childcare and advice on site.'),
  (2, 'tr', 'Aileler için buluşma yeri: ebeveyn kafesi, çocuk bakımlı dil kursları ve yerinde danışmanlık.'),
  (2, 'ar', 'ملتقى للعائلات: مقهى للآباء والأمهات، ودورات لغة مع رعاية للأطفال، واستشارات في المكان.'),
  (2, 'uk', 'Місце зустрічі для сімей: батьківське кафе, мовні курси з доглядом за дітьми та консультації на місці.'),
  (3, 'de', 'Unterstützung für Schwangere und Familien mit Kindern bis drei Jahre, zum Beispiel durch Familienpatenschaften.'),
  (3, 'en', 'Support for pregnant women and families with children up to three, for example through family mentors.'),
  (3, 'tr', 'Hamileler ve üç yaşına kadar çocuğu olan aileler için destek, örneğin aile gönüllüleri aracılığıyla.'),
  (3, 'ar', 'دعم للحوامل وللعائلات التي لديها أطفال حتى سن الثالثة، مثلًا من خلال مرافقين متطوعين للعائلة.'),
  (3, 'uk', 'Підтримка вагітних і сімей з дітьми до трьох років, наприклад через сімейних наставників.'),
  (4, 'de', 'Familienhebammen besuchen Sie zu Hause im ersten Lebensjahr Ihres Kindes – kostenlos.'),
  (4, 'en', 'Family midwives visit you at home during your child''s first year – free of charge.'),
  (4, 'tr', 'Aile ebeleri, çocuğunuzun ilk yılında sizi evinizde ücretsiz ziyaret eder.'),
  (4, 'ar', 'تزوركم قابلات الأسرة في المنزل خلال السنة الأولى من عمر طفلكم – مجانًا.'),
  (4, 'uk', 'Сімейні акушерки безкоштовно відвідують вас удома протягом першого року життя дитини.'),
  (5, 'de', 'Fragen zur Gesundheit und Entwicklung Ihres Kindes, Impfungen und Schuleingangsuntersuchung.'),
  (5, 'en', 'Questions about your child''s health and development, vaccinations and the school entry examination.'),
  (5, 'tr', 'Çocuğunuzun sağlığı ve gelişimi, aşılar ve okula başlama muayenesi ile ilgili sorular.'),
  (5, 'ar', 'أسئلة حول صحة طفلكم ونموه، والتطعيمات، والفحص الطبي قبل دخول المدرسة.'),
  (5, 'uk', 'Питання про здоров''я та розвиток дитини, щеплення і медичний огляд перед школою.'),
  (6, 'de', 'Bürgergeld, Hilfe bei Mietschulden und Unterstützung bei der Arbeitssuche.'),
  (6, 'en', 'Citizen''s income, help with rent arrears and support in looking for work.'),
  (6, 'tr', 'Vatandaş geliri, kira borçlarında yardım ve iş aramada destek.'),
  (6, 'ar', 'إعانة المواطن، والمساعدة في ديون الإيجار، والدعم في البحث عن عمل.'),
  (6, 'uk', 'Громадянська допомога (Bürgergeld), допомога з боргами за оренду та підтримка в пошуку роботи.'),
  (7, 'de', 'Kurse für Eltern: Erste Hilfe am Kind, Eltern-Kind-Gruppen, Kochen mit wenig Geld.'),
  (7, 'en', 'Courses for parents: first aid for children, parent-and-child groups, cooking on a small budget.'),
  (7, 'tr', 'Ebeveynler için kurslar: çocuklarda ilk yardım, ebeveyn-çocuk grupları, az parayla yemek yapma.'),
  (7, 'ar', 'دورات للآباء والأمهات: الإسعافات الأولية للأطفال، ومجموعات الأهل والأطفال، والطبخ بميزانية قليلة.'),
  (7, 'uk', 'Курси для батьків: перша допомога дітям, групи для батьків з дітьми, як готувати з невеликим бюджетом.'),
  (8, 'de', 'Kostenlose Beratung bei Schulden, Mietrückständen und drohender Wohnungskündigung.'),
  (8, 'en', 'Free advice on debts, rent arrears and threatened eviction.'),
  (8, 'tr', 'Borçlar, kira gecikmeleri ve tahliye tehlikesi konusunda ücretsiz danışmanlık.'),
  (8, 'ar', 'استشارة مجانية بشأن الديون ومتأخرات الإيجار وخطر فسخ عقد السكن.'),
  (8, 'uk', 'Безкоштовні консультації щодо боргів, заборгованості з оренди та загрози виселення.');

-- partner services (V8): e-mail, languages spoken, opening hours, topics; a service for the whole city has no district
INSERT IGNORE INTO partner_service (id, name, kind, street, postcode, city, phone, district_id) VALUES
  (9, 'Migrationsberatung für Familien', 'MIGRATION_COUNSELLING', 'Brückenplatz 3', '44704', 'Ruhrstadt', '0221 4710 308', NULL);
UPDATE partner_service SET kind = 'DEBT_COUNSELLING' WHERE id = 8;
UPDATE partner_service SET district_id = NULL WHERE id IN (3, 4, 5, 6);
UPDATE partner_service SET email = 'beratung-mitte@ruhrstadt.example', languages = 'de,en,tr' WHERE id = 1;
UPDATE partner_service SET email = 'lindenhof@familienzentrum-ruhrstadt.example', languages = 'de,ar,tr' WHERE id = 2;
UPDATE partner_service SET email = 'fruehe-hilfen@ruhrstadt.example', languages = 'de,en,ru,uk' WHERE id = 3;
UPDATE partner_service SET email = 'familienhebammen@ruhrstadt.example', languages = 'de,en,ar' WHERE id = 4;
UPDATE partner_service SET email = 'kjgd@ruhrstadt.example', languages = 'de,en' WHERE id = 5;
UPDATE partner_service SET email = NULL, languages = 'de,en,tr,ar,uk,ru' WHERE id = 6;
UPDATE partner_service SET email = 'kurse@fbs-ruhrstadt.example', languages = 'de,tr' WHERE id = 7;
UPDATE partner_service SET email = 'schuldnerberatung@ruhrstadt.example', languages = 'de,ru,pl' WHERE id = 8;
UPDATE partner_service SET email = 'migration@ruhrstadt.example', languages = 'de,ar,fa,uk,ru,ro,bg' WHERE id = 9;

INSERT IGNORE INTO partner_service_topic (partner_service_id, topic) VALUES
  (1, 'PARENTING'), (1, 'CRISIS'), (1, 'SINGLE_PARENT'),
  (2, 'PARENTING'), (2, 'NEW_IN_GERMANY'), (2, 'SINGLE_PARENT'), (2, 'OTHER'),
  (3, 'PARENTING'), (3, 'HEALTH'), (3, 'CRISIS'), (3, 'SINGLE_PARENT'),
  (4, 'HEALTH'), (4, 'PARENTING'),
  (5, 'HEALTH'),
  (6, 'MONEY'), (6, 'AUTHORITIES'),
  (7, 'PARENTING'), (7, 'OTHER'),
  (8, 'MONEY'), (8, 'AUTHORITIES'),
  (9, 'NEW_IN_GERMANY'), (9, 'AUTHORITIES'), (9, 'INTERPRETER');

INSERT IGNORE INTO partner_service_hours (id, partner_service_id, day_of_week, opens_at, closes_at) VALUES
  (1, 1, 1, '09:00', '12:00'), (2, 1, 2, '09:00', '12:00'), (3, 1, 3, '14:00', '18:00'), (4, 1, 4, '09:00', '12:00'),
  (5, 2, 2, '09:00', '13:00'), (6, 2, 4, '14:00', '17:00'),
  (7, 3, 1, '08:30', '12:30'), (8, 3, 3, '08:30', '12:30'), (9, 3, 5, '08:30', '12:00'),
  (10, 4, 1, '08:00', '16:00'), (11, 4, 2, '08:00', '16:00'), (12, 4, 3, '08:00', '16:00'), (13, 4, 4, '08:00', '16:00'),
  (14, 5, 2, '08:30', '12:00'), (15, 5, 4, '13:30', '17:30'),
  (16, 6, 1, '08:00', '12:30'), (17, 6, 2, '08:00', '12:30'), (18, 6, 4, '08:00', '12:30'), (19, 6, 4, '14:00', '17:00'),
  (20, 6, 5, '08:00', '12:00'),
  (21, 7, 1, '10:00', '13:00'), (22, 7, 3, '10:00', '13:00'),
  (23, 8, 2, '09:00', '12:00'), (24, 8, 4, '14:00', '17:00'),
  (25, 9, 1, '09:00', '12:00'), (26, 9, 3, '13:00', '16:00'), (27, 9, 5, '09:00', '12:00');

INSERT IGNORE INTO partner_service_text (partner_service_id, language, description) VALUES
  (1, 'ru', 'Бесплатные консультации по вопросам воспитания, семейных конфликтов и развода. Можно позвонить и без записи.'),
  (2, 'ru', 'Место встречи для семей: родительское кафе, языковые курсы с присмотром за детьми и консультации на месте.'),
  (3, 'ru', 'Поддержка беременных и семей с детьми до трёх лет, например с помощью семейных наставников.'),
  (4, 'ru', 'Семейные акушерки бесплатно навещают вас дома в первый год жизни ребёнка.'),
  (5, 'ru', 'Вопросы о здоровье и развитии ребёнка, прививки и медицинский осмотр перед школой.'),
  (6, 'ru', 'Гражданское пособие (Bürgergeld), помощь при долгах по аренде и поддержка в поиске работы.'),
  (7, 'ru', 'Курсы для родителей: первая помощь детям, группы для родителей с детьми, как готовить при небольшом бюджете.'),
  (8, 'ru', 'Бесплатные консультации по долгам, задолженности по аренде и угрозе выселения.'),
  (9, 'de', 'Beratung für Familien, die neu in Deutschland sind: Aufenthalt, Anträge, Sprachkurse und Dolmetschen.'),
  (9, 'en', 'Advice for families new to Germany: residence, applications, language courses and interpreting.'),
  (9, 'tr', 'Almanya''ya yeni gelen aileler için danışmanlık: oturum, başvurular, dil kursları ve tercümanlık.'),
  (9, 'ar', 'استشارات للعائلات القادمة حديثًا إلى ألمانيا: الإقامة، والطلبات، ودورات اللغة، والترجمة الفورية.'),
  (9, 'uk', 'Консультації для сімей, які нещодавно приїхали до Німеччини: перебування, заяви, мовні курси та усний переклад.'),
  (9, 'ru', 'Консультации для семей, недавно приехавших в Германию: пребывание, заявления, языковые курсы и устный перевод.');

INSERT IGNORE INTO consultation_location (id, name, street, postcode, city, district_id) VALUES
  (1, 'Jugendamt Ruhrstadt, Haus A', 'Rathausplatz 1', '44701', 'Ruhrstadt', 1),
  (2, 'Stadtteilbüro Wattenscheid', 'Marktstraße 4', '44711', 'Ruhrstadt', 2);

-- offene Sprechstunde: Mon-Thu at the youth office, Tue and Fri in Wattenscheid
INSERT IGNORE INTO consultation_hour (id, location_id, day_of_week, starts_at, ends_at) VALUES
  (1, 1, 1, '09:00:00', '12:00:00'),
  (2, 1, 2, '09:00:00', '12:00:00'),
  (3, 1, 3, '14:00:00', '17:00:00'),
  (4, 1, 4, '09:00:00', '12:00:00'),
  (5, 2, 2, '14:00:00', '16:00:00'),
  (6, 2, 5, '09:00:00', '11:00:00');

-- demo accounts, all with the password kitabruecke-demo (see README); never present in profile prod
INSERT IGNORE INTO staff_account (id, username, password_hash, display_name, role, kita_id, social_worker_id) VALUES
  (1, 'sozial', '$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.', 'Anna Beispiel', 'SOCIAL_WORKER', NULL, 1),
  (2, 'sozial2', '$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.', 'Murat Musterer', 'SOCIAL_WORKER', NULL, 2),
  (3, 'kita', '$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.', 'Kita Regenbogen', 'KITA_STAFF', 1, NULL),
  (4, 'admin', '$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.', 'Administration', 'ADMIN', NULL, NULL),
  (5, 'kita2', '$2a$10$N50BBvLBi3CqWOdcsFh20O7Xj.ShrQVtZ7kjarS/g0ZBAeh/lC8G.', 'Kita Löwenzahn', 'KITA_STAFF', 7, NULL);
-- their fictional addresses, for set-password links (V18)
UPDATE staff_account SET email = CASE username
    WHEN 'sozial' THEN 'anna.beispiel@jugendamt.ruhrstadt.example'
    WHEN 'sozial2' THEN 'murat.musterer@jugendamt.ruhrstadt.example'
    WHEN 'kita' THEN 'leitung@kita-regenbogen.ruhrstadt.example'
    WHEN 'admin' THEN 'administration@jugendamt.ruhrstadt.example'
    WHEN 'kita2' THEN 'leitung@kita-loewenzahn.ruhrstadt.example' END
  WHERE id BETWEEN 1 AND 5 AND email IS NULL;

-- booking the open consultation hour: access notes, slots, holidays (V3)
UPDATE consultation_location SET accessibility = 'Stufenloser Eingang an der Rückseite, Aufzug, barrierefreies WC.',
  directions = 'Bus 354 und Straßenbahn 308 bis Rathaus; Eingang Haus A, 2. Etage, Raum 214.' WHERE id = 1;
UPDATE consultation_location SET accessibility = 'Erdgeschoss, stufenlos.',
  directions = 'S-Bahn bis Ruhrstadt-Wattenscheid, dann 5 Minuten zu Fuß über den Markt.' WHERE id = 2;
UPDATE consultation_hour SET slot_minutes = 30, places_per_slot = 2;
INSERT IGNORE INTO consultation_closure (id, location_id, closed_on, reason) VALUES
  (1, NULL, '2026-12-24', 'Heiligabend'), (2, NULL, '2026-12-25', '1. Weihnachtstag'),
  (3, NULL, '2026-12-26', '2. Weihnachtstag'), (4, NULL, '2026-12-31', 'Silvester'), (5, NULL, '2027-01-01', 'Neujahr');

-- BEGIN texts in the languages added with #14
-- (software translations, not yet reviewed by a person; see /admin/translations)
INSERT IGNORE INTO partner_service_text (partner_service_id, language, description) VALUES
  (1, 'pl', 'Bezpłatne poradnictwo w sprawach wychowania, konfliktów w rodzinie i rozstania. Można też zadzwonić bez umawiania się.'),
  (2, 'pl', 'Miejsce spotkań dla rodzin: kawiarenka dla rodziców, kursy językowe z opieką nad dziećmi i doradztwo na miejscu.'),
  (3, 'pl', 'Wsparcie dla kobiet w ciąży i rodzin z dziećmi do trzech lat, na przykład przez wolontariuszki i wolontariuszy, którzy towarzyszą rodzinom (Familienpatenschaften).'),
  (4, 'pl', 'Położne rodzinne odwiedzają Państwa w domu w pierwszym roku życia dziecka – bezpłatnie.'),
  (5, 'pl', 'Pytania o zdrowie i rozwój Państwa dziecka, szczepienia i badanie lekarskie przed pójściem do szkoły (Schuleingangsuntersuchung).'),
  (6, 'pl', 'Zasiłek obywatelski (Bürgergeld), pomoc przy zaległym czynszu i wsparcie w szukaniu pracy.'),
  (7, 'pl', 'Kursy dla rodziców: pierwsza pomoc u dzieci, grupy dla rodziców z dziećmi, gotowanie przy niewielkim budżecie.'),
  (8, 'pl', 'Bezpłatne doradztwo w sprawie długów, zaległego czynszu i grożącego wypowiedzenia umowy najmu.'),
  (9, 'pl', 'Doradztwo dla rodzin, które są od niedawna w Niemczech: pobyt, wnioski, kursy językowe i tłumaczenie.'),
  (1, 'fa-AF', 'مشورهٔ رایگان دربارهٔ تربیهٔ طفل، جنجال‌های خانوادگی و جدایی. بدون وقت قبلی هم از طریق تلیفون در دسترس است.'),
  (2, 'fa-AF', 'جای ملاقات برای خانواده‌ها: کافهٔ والدین، کورس‌های زبان همراه با نگهداری از اطفال، و مشوره در همان محل.'),
  (3, 'fa-AF', 'حمایت از زنان حامله و خانواده‌هایی که طفل تا سه ساله دارند، مثلاً از طریق همراهان داوطلب برای خانواده (Familienpatenschaften).'),
  (4, 'fa-AF', 'قابله‌های خانواده در سال اول زندگی طفل شما به خانهٔ شما می‌آیند – رایگان.'),
  (5, 'fa-AF', 'سوال‌ها دربارهٔ صحت و رشد طفل شما، واکسین‌ها و معاینهٔ صحی پیش از شامل شدن به مکتب (Schuleingangsuntersuchung).'),
  (6, 'fa-AF', 'کمک مالی دولت (Bürgergeld)، کمک برای کرایهٔ پرداخت‌نشدهٔ خانه و حمایت در پیدا کردن کار.'),
  (7, 'fa-AF', 'کورس‌ها برای والدین: کمک‌های اولیه برای اطفال، گروه‌های والدین و اطفال، آشپزی با پول کم.'),
  (8, 'fa-AF', 'مشورهٔ رایگان برای قرض‌ها، کرایهٔ پرداخت‌نشدهٔ خانه و خطر فسخ قرارداد خانه.'),
  (9, 'fa-AF', 'مشوره برای خانواده‌هایی که تازه به آلمان آمده‌اند: اقامت، عریضه‌ها، کورس‌های زبان و ترجمانی.'),
  (1, 'ps', 'د ماشومانو د روزنې، کورنیو شخړو او د مېړه او مېرمنې د جلا کېدو په اړه وړیا مشوره. پرته له ملاقات وخته هم ورسره په تلیفون اړیکه نیولی شئ.'),
  (2, 'ps', 'د کورنیو د لیدو کتو ځای: د والدینو کافې، د ژبې کورسونه چې په ورته وخت کې ماشومان ساتل کېږي، او په همدې ځای کې مشوره.'),
  (3, 'ps', 'د امیندوارو ښځو او هغو کورنیو ملاتړ چې تر درې کلونو پورې ماشومان لري، د بېلګې په توګه د داوطلبو ملګرو له لارې چې له کورنیو سره مرسته کوي (Familienpatenschaften).'),
  (4, 'ps', 'د کورنیو قابلې (Familienhebammen) ستاسو د ماشوم د ژوند په لومړي کال کې ستاسو کور ته درځي – وړیا.'),
  (5, 'ps', 'ستاسو د ماشوم د روغتیا او ودې، واکسینونو او د ښوونځي د شمولیت د معاینې (Schuleingangsuntersuchung) په اړه پوښتنې.'),
  (6, 'ps', 'Bürgergeld (د ژوند لپاره د دولت مالي مرسته)، د کرایې د پورونو په برخه کې مرسته او د کار په لټون کې ملاتړ.'),
  (7, 'ps', 'د والدینو لپاره کورسونه: ماشوم ته لومړنۍ طبي مرسته، د والدینو او ماشومانو ډلې، په لږو پیسو پخلی.'),
  (8, 'ps', 'د پورونو، نه ورکړل شوې کرایې او د کرایې د قرارداد د لغوه کېدو د ګواښ په اړه وړیا مشوره.'),
  (9, 'ps', 'د هغو کورنیو لپاره مشوره چې آلمان ته نوې راغلې دي: اقامه، غوښتنلیکونه، د ژبې کورسونه او ژباړه.'),
  (1, 'ku', 'Şêwirmendiya belaş li ser perwerdekirina zarokan, nakokiyên malbatê û veqetînê. Hûn dikarin bêyî randevû jî bi telefonê xwe bigihînin wan.'),
  (2, 'ku', 'Cihê hevdîtinê ji bo malbatan: kafeya dê û bavan, kursên ziman ku di wan de li zarokan tê nêrîn, û şêwirmendî li cih.'),
  (3, 'ku', 'Piştgirî ji bo jinên ducanî û malbatên bi zarokên heta sê salî, wek nimûne bi rêya alîkarên malbatê yên dilxwaz (Familienpatenschaften).'),
  (4, 'ku', 'Pîrikên malbatê (Familienhebammen) di sala yekem a jiyana zarokê we de tên mala we – belaş.'),
  (5, 'ku', 'Pirs li ser tenduristî û geşedana zarokê we, aşîlêdan (derzî) û kontrola bijîşkî berî destpêka dibistanê (Schuleingangsuntersuchung).'),
  (6, 'ku', 'Bürgergeld (alîkariya debarê ji dewletê), alîkarî ji bo deynên kirêyê û piştgirî di lêgerîna kar de.'),
  (7, 'ku', 'Kurs ji bo dê û bavan: alîkariya pêşîn ji bo zarokan, komên dê û bav û zarokan, xwarin çêkirin bi pereyekî kêm.'),
  (8, 'ku', 'Şêwirmendiya belaş li ser deyn, kirêya nedayî û xetera ku peymana xaniyê we bê betalkirin.'),
  (9, 'ku', 'Şêwirmendî ji bo malbatên ku nû hatine Almanyayê: mafê mayînê (îqamet), serlêdan, kursên ziman û wergerandina devkî (wergêr).'),
  (1, 'ckb', 'ڕاوێژی بەخۆڕایی دەربارەی پەروەردەی منداڵ، کێشەکانی ناو خێزان و جیابوونەوە. بەبێ ژوانیش دەتوانن بە تەلەفۆن پەیوەندییان پێوە بکەن.'),
  (2, 'ckb', 'شوێنی کۆبوونەوە بۆ خێزانان: کافێی دایکان و باوکان، خولی زمان لەگەڵ چاودێریی منداڵ، و ڕاوێژ لە هەمان شوێن.'),
  (3, 'ckb', 'پشتگیری بۆ ئافرەتانی دووگیان و ئەو خێزانانەی منداڵی تا سێ ساڵیان هەیە، بۆ نموونە لە ڕێگەی خۆبەخشانەوە کە وەک هاوڕێ و ڕێنماکار یارمەتیی خێزانەکان دەدەن (Familienpatenschaften).'),
  (4, 'ckb', 'مامانەکانی خێزان لە ساڵی یەکەمی تەمەنی منداڵەکەتاندا لە ماڵەوە سەردانتان دەکەن – بەخۆڕایی.'),
  (5, 'ckb', 'پرسیار دەربارەی تەندروستی و گەشەی منداڵەکەتان، کوتان، و پشکنینی پزیشکیی پێش چوونە قوتابخانە.'),
  (6, 'ckb', 'یارمەتیی دارایی هاووڵاتیان (Bürgergeld)، یارمەتی بۆ قەرزی کرێی خانوو و پشتگیری لە گەڕان بەدوای کاردا.'),
  (7, 'ckb', 'خول بۆ دایکان و باوکان: فریاگوزاریی سەرەتایی بۆ منداڵ، گرووپی دایک و باوک و منداڵ، چێشت لێنان بە پارەی کەم.'),
  (8, 'ckb', 'ڕاوێژی بەخۆڕایی بۆ قەرز، کرێی دواکەوتوو و مەترسیی دەرکردن لە خانوو.'),
  (9, 'ckb', 'ڕاوێژ بۆ ئەو خێزانانەی تازە هاتوونەتە ئەڵمانیا: مافی مانەوە (ئیقامە)، پڕکردنەوەی فۆڕم، خولی زمان و وەرگێڕان.'),
  (1, 'bg', 'Безплатни консултации по въпроси на възпитанието, семейни конфликти и раздяла. Можете да се обадите и без записан час.'),
  (2, 'bg', 'Място за срещи на семейства: кафене за родители, езикови курсове с гледане на децата по време на курса и консултации на място.'),
  (3, 'bg', 'Подкрепа за бременни жени и семейства с деца до три години, например чрез доброволци, които придружават семейството (Familienpatenschaften).'),
  (4, 'bg', 'Семейните акушерки Ви посещават у дома през първата година от живота на Вашето дете – безплатно.'),
  (5, 'bg', 'Въпроси за здравето и развитието на Вашето дете, ваксинациите и медицинския преглед преди тръгване на училище.'),
  (6, 'bg', 'Bürgergeld (социална помощ за издръжка), помощ при дългове за наем и подкрепа при търсене на работа.'),
  (7, 'bg', 'Курсове за родители: първа помощ при деца, групи за родители и деца, готвене с малко пари.'),
  (8, 'bg', 'Безплатни консултации при дългове, неплатен наем и заплаха от прекратяване на договора за наем.'),
  (9, 'bg', 'Консултации за семейства, които са отскоро в Германия: пребиваване, заявления, езикови курсове и устен превод.'),
  (1, 'ro', 'Consiliere gratuită despre educația copiilor, conflicte în familie și separare. Puteți suna și fără programare.'),
  (2, 'ro', 'Loc de întâlnire pentru familii: cafenea pentru părinți, cursuri de limbă cu supravegherea copiilor și consiliere la fața locului.'),
  (3, 'ro', 'Sprijin pentru femeile însărcinate și pentru familiile cu copii de până la trei ani, de exemplu prin mentori care însoțesc familia.'),
  (4, 'ro', 'Moașele pentru familii vă vizitează acasă în primul an de viață al copilului dumneavoastră – gratuit.'),
  (5, 'ro', 'Întrebări despre sănătatea și dezvoltarea copilului dumneavoastră, despre vaccinări și despre examenul medical dinaintea începerii școlii.'),
  (6, 'ro', 'Venitul cetățenesc (Bürgergeld), ajutor pentru datoriile la chirie și sprijin în căutarea unui loc de muncă.'),
  (7, 'ro', 'Cursuri pentru părinți: primul ajutor pentru copii, grupuri pentru părinți și copii, gătit cu bani puțini.'),
  (8, 'ro', 'Consiliere gratuită în caz de datorii, chirie neplătită sau risc de a pierde locuința.'),
  (9, 'ro', 'Consiliere pentru familiile venite de curând în Germania: dreptul de ședere, cereri, cursuri de limbă și interpretare.'),
  (1, 'fa', 'مشاوره رایگان درباره تربیت فرزند، اختلاف‌های خانوادگی و جدایی. بدون نوبت هم می‌توانید تلفنی تماس بگیرید.'),
  (2, 'fa', 'محل دیدار خانواده‌ها: کافه والدین، کلاس‌های زبان همراه با نگهداری از کودکان، و مشاوره در همان محل.'),
  (3, 'fa', 'حمایت از زنان باردار و خانواده‌هایی که کودک تا سه سال دارند، مثلاً با همراهی داوطلبانی که حامی خانواده می‌شوند.'),
  (4, 'fa', 'ماماهای خانواده در سال اول زندگی کودکتان به خانه شما می‌آیند – رایگان.'),
  (5, 'fa', 'سؤال درباره سلامت و رشد کودکتان، واکسن‌ها و معاینه پیش از ورود به مدرسه.'),
  (6, 'fa', 'کمک‌هزینه شهروندی (Bürgergeld)، کمک برای بدهی اجاره و پشتیبانی در پیدا کردن کار.'),
  (7, 'fa', 'کلاس‌هایی برای والدین: کمک‌های اولیه برای کودکان، گروه‌های والد و کودک، آشپزی با هزینه کم.'),
  (8, 'fa', 'مشاوره رایگان درباره بدهی، عقب افتادن اجاره و خطر فسخ قرارداد اجاره خانه.'),
  (9, 'fa', 'مشاوره برای خانواده‌هایی که تازه به آلمان آمده‌اند: اقامت، فرم‌های درخواست، کلاس‌های زبان و ترجمه شفاهی.'),
  (1, 'fr', 'Conseil gratuit sur l’éducation, les conflits familiaux et la séparation. Aussi joignable par téléphone sans rendez-vous.'),
  (2, 'fr', 'Lieu de rencontre pour les familles : café des parents, cours de langue avec garde d’enfants et conseil sur place.'),
  (3, 'fr', 'Soutien pour les femmes enceintes et les familles avec des enfants jusqu’à trois ans, par exemple avec des marraines et parrains de famille.'),
  (4, 'fr', 'Des sages-femmes pour les familles viennent chez vous pendant la première année de votre enfant – gratuitement.'),
  (5, 'fr', 'Questions sur la santé et le développement de votre enfant, les vaccins et l’examen médical avant l’entrée à l’école.'),
  (6, 'fr', 'Allocation de base (Bürgergeld), aide en cas de loyers impayés et soutien pour chercher du travail.'),
  (7, 'fr', 'Cours pour les parents : premiers secours pour les enfants, groupes parents-enfants, cuisiner avec peu d’argent.'),
  (8, 'fr', 'Conseil gratuit en cas de dettes, de loyers impayés ou de risque de perdre votre logement.'),
  (9, 'fr', 'Conseil pour les familles nouvellement arrivées en Allemagne : droit de séjour, démarches administratives, cours de langue et interprétariat.'),
  (1, 'sq', 'Këshillim falas për edukimin e fëmijëve, konfliktet në familje dhe ndarjen. Mund të telefononi edhe pa takim.'),
  (2, 'sq', 'Vend takimi për familjet: kafene për prindërit, kurse gjuhe me kujdes për fëmijët dhe këshillim aty në qendër.'),
  (3, 'sq', 'Mbështetje për gratë shtatzëna dhe për familjet me fëmijë deri në tre vjeç, për shembull përmes vullnetarëve që i shoqërojnë familjet.'),
  (4, 'sq', 'Mamitë familjare Ju vizitojnë në shtëpi gjatë vitit të parë të jetës së fëmijës Suaj – falas.'),
  (5, 'sq', 'Pyetje për shëndetin dhe zhvillimin e fëmijës Suaj, për vaksinat dhe për kontrollin mjekësor para fillimit të shkollës.'),
  (6, 'sq', 'Ndihma sociale (Bürgergeld), ndihmë për qiranë e papaguar dhe mbështetje në kërkimin e punës.'),
  (7, 'sq', 'Kurse për prindërit: ndihma e parë për fëmijët, grupe prindër-fëmijë, gatim me pak para.'),
  (8, 'sq', 'Këshillim falas për borxhet, qiranë e papaguar dhe rrezikun e ndërprerjes së kontratës së qirasë.'),
  (9, 'sq', 'Këshillim për familjet që sapo kanë ardhur në Gjermani: leja e qëndrimit, aplikimet, kurset e gjuhës dhe përkthimi.'),
  (1, 'de-x-ls', 'Beratung zu Erziehung, Streit in der Familie und Trennung. Die Beratung ist kostenlos. Sie können auch ohne Termin anrufen.'),
  (2, 'de-x-ls', 'Ein Treff·punkt für Familien. Es gibt ein Eltern·café. Es gibt Sprach·kurse. Beim Sprach·kurs passt jemand auf Ihre Kinder auf. Sie können dort auch Beratung bekommen.'),
  (3, 'de-x-ls', 'Hilfe für Schwangere und für Familien mit Kindern bis 3 Jahre. Zum Beispiel durch Familien·patinnen und Familien·paten. Das sind Helferinnen und Helfer. Sie besuchen Familien und helfen im Alltag.'),
  (4, 'de-x-ls', 'Familien·hebammen besuchen Sie zu Hause. Eine Hebamme kennt sich gut mit Babys aus. Die Besuche sind im ersten Jahr nach der Geburt von Ihrem Kind. Die Besuche sind kostenlos.'),
  (5, 'de-x-ls', 'Fragen zur Gesundheit von Ihrem Kind. Zum Beispiel: Wie wächst Ihr Kind? Wie lernt Ihr Kind? Welche Impfungen braucht Ihr Kind? Eine Impfung schützt vor einer Krankheit. Hier ist auch die Untersuchung vor dem Schul·anfang.'),
  (6, 'de-x-ls', 'Hier gibt es Bürger·geld. Bürger·geld ist Geld vom Staat zum Leben. Sie bekommen hier auch Hilfe bei Miet·schulden. Und Hilfe bei der Suche nach Arbeit.'),
  (7, 'de-x-ls', 'Kurse für Eltern. Zum Beispiel: Erste Hilfe bei Kindern, Gruppen für Eltern und Kinder, Kochen mit wenig Geld.'),
  (8, 'de-x-ls', 'Beratung bei Schulden und Miet·schulden. Auch wenn Sie Angst haben: Sie verlieren vielleicht Ihre Wohnung. Die Beratung ist kostenlos.'),
  (9, 'de-x-ls', 'Beratung für Familien, die neu in Deutschland sind. Es geht zum Beispiel um diese Fragen: Dürfen Sie in Deutschland bleiben? Welche Formulare brauchen Sie? Wo gibt es Sprach·kurse? Wer übersetzt für Sie?');
INSERT IGNORE INTO consultation_location_text (location_id, language, accessibility, directions) VALUES
  (1, 'en', 'Step-free entrance at the back, lift, accessible toilet.', 'Bus 354 and tram 308 to the stop Rathaus (town hall); entrance in building A (Haus A), 2nd floor, room 214.'),
  (2, 'en', 'Ground floor, step-free.', 'S-Bahn (suburban train) to Ruhrstadt-Wattenscheid, then a 5-minute walk across the market square.'),
  (1, 'tr', 'Arka tarafta basamaksız giriş, asansör, engelli tuvaleti.', '354 numaralı otobüs ve 308 numaralı tramvayla Rathaus (belediye binası) durağına kadar; giriş A Binası’nda (Haus A), 2. kat, 214 numaralı oda.'),
  (2, 'tr', 'Zemin kat, basamaksız.', 'S-Bahn (banliyö treni) ile Ruhrstadt-Wattenscheid’e kadar, sonra pazar meydanından geçerek 5 dakika yürüyün.'),
  (1, 'ar', 'مدخل بلا درجات في الجهة الخلفية، ومصعد، ودورة مياه مهيّأة لذوي الإعاقة.', 'الحافلة 354 والترام 308 حتى محطة Rathaus (مبنى البلدية)؛ المدخل في المبنى A (Haus A)، الطابق الثاني، الغرفة 214.'),
  (2, 'ar', 'الطابق الأرضي، بلا درجات.', 'القطار الحضري (S-Bahn) حتى محطة Ruhrstadt-Wattenscheid، ثم 5 دقائق سيرًا على الأقدام عبر ساحة السوق.'),
  (1, 'uk', 'Вхід без сходинок із заднього боку будівлі, ліфт, безбарʼєрний туалет.', 'Автобусом 354 або трамваєм 308 до зупинки Rathaus (ратуша); вхід у будівлю A (Haus A), 3-й поверх (за німецькою нумерацією – 2. Etage), кімната 214.'),
  (2, 'uk', 'Перший поверх (Erdgeschoss), без сходинок.', 'Міською електричкою (S-Bahn) до станції Ruhrstadt-Wattenscheid, далі 5 хвилин пішки через ринкову площу.'),
  (1, 'ru', 'Вход без ступенек с задней стороны здания, лифт, туалет для людей с инвалидностью.', 'На автобусе 354 или трамвае 308 до остановки Rathaus (ратуша); вход в здание A (Haus A), 3-й этаж (по немецкой нумерации – 2. Etage), комната 214.'),
  (2, 'ru', 'Первый этаж (Erdgeschoss), без ступенек.', 'На городской электричке (S-Bahn) до станции Ruhrstadt-Wattenscheid, затем 5 минут пешком через рыночную площадь.'),
  (1, 'pl', 'Wejście bez schodów z tyłu budynku, winda, toaleta dostosowana dla osób z niepełnosprawnościami.', 'Autobusem 354 lub tramwajem 308 do przystanku Rathaus (ratusz); wejście do budynku A (Haus A), 2. piętro, pokój 214.'),
  (2, 'pl', 'Parter, bez schodów.', 'Kolejką S-Bahn do stacji Ruhrstadt-Wattenscheid, potem 5 minut pieszo przez rynek (Markt).'),
  (1, 'fa-AF', 'دروازهٔ بدون زینه در پشت ساختمان، لفت، تشناب مناسب برای چوکی چرخدار.', 'بس 354 و ترام 308 تا ایستگاه Rathaus (شاروالی)؛ دروازهٔ ساختمان A، منزل دوم (2. Etage)، اتاق 214.'),
  (2, 'fa-AF', 'منزل همکف (Erdgeschoss)، بدون زینه.', 'قطار شهری (S-Bahn) تا ایستگاه Ruhrstadt-Wattenscheid، بعد ۵ دقیقه پیاده از میان چوک بازار (Markt).'),
  (1, 'ps', 'د ودانۍ شاته خوا کې بې زینې دروازه، لفټ، بې خنډه تشناب.', 'بس 354 او ټرام 308 تر Rathaus (ښاروالۍ) پورې؛ د ودانۍ A دروازه، دوهم پوړ، کوټه 214.'),
  (2, 'ps', 'ځمکنی پوړ، بې زینې.', 'S-Bahn (ښاري اورګاډی) تر Ruhrstadt-Wattenscheid پورې، بیا ۵ دقیقې پیاده د بازار د میدان (Markt) له لارې.'),
  (1, 'ku', 'Deriyê bê derence li pişt avahiyê, asansor, tuwaleta bê asteng.', 'Bi otobusa 354 û tramvaya 308 heta rawestgeha Rathaus (şaredarî); deriyê avahiya A, qata duyem, odeya 214.'),
  (2, 'ku', 'Qata erdê, bê derence.', 'Bi S-Bahnê (trêna bajêr) heta Ruhrstadt-Wattenscheid, paşê 5 deqîqe bi peyatî di ser meydana bazarê (Markt) re.'),
  (1, 'ckb', 'دەرگای چوونەژوورەوەی بێ پلیکانە لە پشتەوەی بیناکە، ئاسانسۆر، ئاودەستی گونجاو بۆ کەمئەندامان.', 'بە پاسی 354 و ترامی 308 تا وێستگەی Rathaus (بینای شارەوانی)؛ دەرگای بینای A، نهۆمی دووەم، ژووری 214.'),
  (2, 'ckb', 'نهۆمی خوارەوە (سەر زەوی)، بێ پلیکانە.', 'بە شەمەندەفەری S-Bahn تا Ruhrstadt-Wattenscheid، پاشان ٥ خولەک بە پێ بە گۆڕەپانی بازاڕدا.'),
  (1, 'bg', 'Вход без стъпала от задната страна на сградата, асансьор, тоалетна, достъпна за хора с увреждания.', 'С автобус 354 или трамвай 308 до спирка Rathaus (кметството); вход в сграда A (Haus A), 3-ти етаж (по немското броене: 2. Etage), стая 214.'),
  (2, 'bg', 'Първи (партерен) етаж (Erdgeschoss), без стъпала.', 'С градската железница (S-Bahn) до спирка Ruhrstadt-Wattenscheid, след това 5 минути пеша през пазарния площад.'),
  (1, 'ro', 'Intrare fără trepte în spatele clădirii, lift, toaletă accesibilă.', 'Autobuzul 354 și tramvaiul 308 până la stația Rathaus (primăria); intrarea prin clădirea A, etajul 2, camera 214.'),
  (2, 'ro', 'Parter, fără trepte.', 'Cu trenul S-Bahn până la Ruhrstadt-Wattenscheid, apoi 5 minute pe jos, traversând piața (Markt).'),
  (1, 'fa', 'ورودی بدون پله در پشت ساختمان، آسانسور، سرویس بهداشتی مناسب برای افراد دارای معلولیت.', 'اتوبوس 354 و تراموا 308 تا ایستگاه Rathaus (شهرداری)؛ ورودی ساختمان A (Haus A)، طبقه دوم، اتاق 214.'),
  (2, 'fa', 'طبقه همکف، بدون پله.', 'با S-Bahn (قطار شهری) تا ایستگاه Ruhrstadt-Wattenscheid، سپس ۵ دقیقه پیاده از میان میدان بازار (Markt).'),
  (1, 'fr', 'Entrée sans marches à l’arrière, ascenseur, toilettes accessibles aux personnes handicapées.', 'Bus 354 et tramway 308 jusqu’à l’arrêt Rathaus (mairie) ; entrée bâtiment A (Haus A), 2e étage, salle 214.'),
  (2, 'fr', 'Rez-de-chaussée, sans marches.', 'S-Bahn (train de banlieue) jusqu’à Ruhrstadt-Wattenscheid, puis 5 minutes à pied en traversant la place du marché.'),
  (1, 'sq', 'Hyrje pa shkallë në pjesën e pasme, ashensor, tualet pa pengesa.', 'Autobusi 354 dhe tramvaji 308 deri te stacioni Rathaus (bashkia); hyrja në ndërtesën A, kati 2, dhoma 214.'),
  (2, 'sq', 'Kati përdhes, pa shkallë.', 'Me trenin S-Bahn deri në Ruhrstadt-Wattenscheid, pastaj 5 minuta në këmbë përmes sheshit të tregut (Markt).'),
  (1, 'de-x-ls', 'Eingang ohne Stufen hinten am Haus. Es gibt einen Aufzug. Es gibt eine Toilette für Menschen mit Rollstuhl.', 'Mit dem Bus 354 oder der Straßen·bahn 308 bis zur Halte·stelle Rathaus. Eingang Haus A. Gehen Sie in die 2. Etage. Dort ist Raum 214.'),
  (2, 'de-x-ls', 'Im Erdgeschoss. Ohne Stufen.', 'Mit der S-Bahn bis Ruhrstadt-Wattenscheid. Dann gehen Sie 5 Minuten zu Fuß über den Markt.');
-- END texts in the languages added with #14
