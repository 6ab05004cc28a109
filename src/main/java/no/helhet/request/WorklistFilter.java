package no.helhet.request;

import java.util.List;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/** The worklist's filter and sort, bound from the query string (no personal data in it). */
class WorklistFilter {

    static final List<String> STATUSES =
            List.of("WAITING", "RECEIVED", "UNDER_ASSESSMENT", "GRANTED", "REFUSED", "APPOINTED", "ALL");
    static final List<String> SORTS = List.of("RECEIVED_ASC", "RECEIVED_DESC", "STATUS");

    private String status;
    private UUID unitId;
    private UUID coordinatorId;
    private boolean overdueOnly;
    private String sort;

    /** The status filter, limited to known values (unknown input falls back to the default). */
    String statusOrDefault() {
        return status != null && STATUSES.contains(status) ? status : "WAITING";
    }

    String sortOrDefault() {
        return sort != null && SORTS.contains(sort) ? sort : "RECEIVED_ASC";
    }

    /** The worklist URL with this filter, for pagination links. */
    String toUrl() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/worklist")
                .queryParam("status", statusOrDefault())
                .queryParam("sort", sortOrDefault());
        if (unitId != null) {
            b.queryParam("unitId", unitId);
        }
        if (coordinatorId != null) {
            b.queryParam("coordinatorId", coordinatorId);
        }
        if (overdueOnly) {
            b.queryParam("overdueOnly", true);
        }
        return b.build().toUriString();
    }

    public String getStatus() {
        return statusOrDefault();
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(UUID coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getSort() {
        return sortOrDefault();
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
