package no.helhet.system;

import no.helhet.shared.MunicipalityProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: the municipality and its coordinating unit. */
@ControllerAdvice
class LayoutModel {

    private final MunicipalityProperties municipality;

    LayoutModel(MunicipalityProperties municipality) {
        this.municipality = municipality;
    }

    @ModelAttribute("municipality")
    MunicipalityProperties municipality() {
        return municipality;
    }
}
