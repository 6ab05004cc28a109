package no.helhet.complaint;

import java.time.LocalDate;
import no.helhet.request.WorkFigure;
import org.springframework.stereotype.Component;

/** The number of complaints that still wait, on the worklist and the leaders' overview. */
@Component
class OpenComplaints implements WorkFigure {

    private final ComplaintRepository complaints;

    OpenComplaints(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public String labelKey() {
        return "complaint.open";
    }

    @Override
    public long count(LocalDate today) {
        return complaints.findOpen().size();
    }
}
