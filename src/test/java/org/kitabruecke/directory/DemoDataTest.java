package org.kitabruecke.directory;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataTest {

    @Autowired
    Directory directory;

    @Autowired
    DataSource dataSource;

    @Test
    void theDemoCityHasBochumsSixDistrictsWithKitasAndResponsibleSocialWorkers() {
        assertThat(directory.districts()).extracting(DistrictOverview::name)
                .containsExactly("Mitte", "Nord", "Ost", "Süd", "Südwest", "Wattenscheid");
        assertThat(directory.districts()).allSatisfy(district -> {
            assertThat(district.kitas()).isEqualTo(5);
            assertThat(district.socialWorkers()).isBetween(1L, 3L);
        });
    }

    @Test
    void elevenSocialWorkersShareThirtyKitasAndEveryKitaHasOne() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM social_worker", Integer.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kita", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM kita k
                WHERE NOT EXISTS (SELECT 1 FROM kita_assignment a WHERE a.kita_id = k.id)""", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT social_worker_id) FROM kita_assignment",
                Integer.class)).isEqualTo(11);
    }

    @Test
    void everyPartnerServiceIsDescribedInEveryPortalLanguage() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("""
                SELECT p.name FROM partner_service p
                WHERE (SELECT COUNT(*) FROM partner_service_text t WHERE t.partner_service_id = p.id) < 5""",
                String.class)).isEmpty();
    }

    @Test
    void runsOnARealMariaDb() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("MariaDB");
    }
}
