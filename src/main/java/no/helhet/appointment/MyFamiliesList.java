package no.helhet.appointment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Mine familier": a coordinator's active appointments, sorted and paged in SQL (index on coordinator_id). */
@Component
class MyFamiliesList {

    /** By start (the default, oldest first) or kind; the family's name is the family module's and not sorted here. */
    static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("startsOn", "starts_on")
            .column("kind", "kind")
            .byDefault("startsOn", ListSort.ASC);

    private static final String MINE =
            " from appointment where coordinator_id = :coordinatorId and " + Appointment.ACTIVE_ON_DATE_SQL;

    private final JdbcClient jdbc;
    private final AppointmentRepository appointments;
    private final Clock clock;

    MyFamiliesList(JdbcClient jdbc, AppointmentRepository appointments, Clock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageSlice<AppointmentView> activeFor(UUID coordinatorId, ListSort sort, int page, int size) {
        Date today = Date.valueOf(LocalDate.now(clock));
        long total = jdbc.sql("select count(*)" + MINE)
                .param("coordinatorId", coordinatorId)
                .param("date", today)
                .query(Long.class)
                .single();
        List<UUID> ids = jdbc.sql("select id" + MINE + sort.orderBy() + " limit :limit offset :offset")
                .param("coordinatorId", coordinatorId)
                .param("date", today)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        return PageSlice.inOrder(
                ids,
                (ids.isEmpty() ? List.<Appointment>of() : appointments.findAllById(ids))
                        .stream().map(AppointmentView::of).toList(),
                AppointmentView::id,
                page,
                size,
                total);
    }
}
