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

-- booking the open consultation hour: access notes, slots, holidays (V3)
UPDATE consultation_location SET accessibility = 'Stufenloser Eingang an der Rückseite, Aufzug, barrierefreies WC.',
  directions = 'Bus 354 und Straßenbahn 308 bis Rathaus; Eingang Haus A, 2. Etage, Raum 214.' WHERE id = 1;
UPDATE consultation_location SET accessibility = 'Erdgeschoss, stufenlos.',
  directions = 'S-Bahn bis Ruhrstadt-Wattenscheid, dann 5 Minuten zu Fuß über den Markt.' WHERE id = 2;
UPDATE consultation_hour SET slot_minutes = 30, places_per_slot = 2;
INSERT IGNORE INTO consultation_closure (id, location_id, closed_on, reason) VALUES
  (1, NULL, '2026-12-24', 'Heiligabend'), (2, NULL, '2026-12-25', '1. Weihnachtstag'),
  (3, NULL, '2026-12-26', '2. Weihnachtstag'), (4, NULL, '2026-12-31', 'Silvester'), (5, NULL, '2027-01-01', 'Neujahr');
