package no.helhet.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The welfare sectors, kept as data in table {@code sector}. */
@Service
public class SectorCatalogue {

    private final JdbcClient jdbc;

    SectorCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Sector> all() {
        return jdbc.sql("select code, name_nb, name_nn, name_en, health_and_care from sector order by sort_order")
                .query(Sector.class)
                .list();
    }

    public Optional<Sector> find(String code) {
        return jdbc.sql("select code, name_nb, name_nn, name_en, health_and_care from sector where code = :code")
                .param("code", code)
                .query(Sector.class)
                .optional();
    }
}
