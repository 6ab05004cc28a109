package no.helhet.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.shared.NoFamilyData;
import no.helhet.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each handler's declared access rule before the handler runs: finds the family from
 * the declared id through the owning module's {@link FamilyLocator}, checks the rule and records
 * the outcome. An unknown id is "not found", like a refusal, and records nothing. A handler of
 * Helhet's own that declares no rule is refused (the architecture test keeps that from happening).
 */
@Component
public class DeclaredAccessInterceptor implements HandlerInterceptor {

    private final AccessPolicy policy;
    private final Map<String, FamilyLocator> locators;

    DeclaredAccessInterceptor(AccessPolicy policy, List<FamilyLocator> locators) {
        this.policy = policy;
        this.locators = locators.stream().collect(Collectors.toMap(FamilyLocator::idName, Function.identity()));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        FamilyAccess family = method.getMethodAnnotation(FamilyAccess.class);
        CaseWorkAccess caseWork = method.getMethodAnnotation(CaseWorkAccess.class);
        if (family != null) {
            UUID recordId = idOf(request, family.id());
            UUID familyId =
                    locator(family.id()).familyOf(recordId).orElseThrow(() -> new NotFoundException(family.id()));
            requireSameFamily(request, familyId);
            policy.check(
                    family.rule(),
                    familyId,
                    recordId,
                    childOf(request, family, recordId),
                    family.action(),
                    family.what());
        } else if (caseWork != null) {
            policy.checkCaseWork(caseWork.action(), caseWork.what());
        } else if (!method.hasMethodAnnotation(OwnWorkAccess.class)
                && !method.hasMethodAnnotation(NoFamilyData.class)
                && method.getBeanType().getPackageName().startsWith("no.helhet")) {
            throw new FamilyAccessDeniedException();
        }
        return true;
    }

    /**
     * Every other id in the address that names a record (a family, a service, a document…) must
     * exist and belong to the same family: {@code /families/A/services/s} with {@code s} of family
     * B, or a document that does not exist, is "not found" before anything is checked or recorded.
     */
    private void requireSameFamily(HttpServletRequest request, UUID familyId) {
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (path == null) {
            return;
        }
        for (String name : path.keySet()) {
            FamilyLocator other = locators.get(name);
            if (other != null
                    && !other.familyOf(idOf(request, name))
                            .map(familyId::equals)
                            .orElse(false)) {
                throw new NotFoundException(name);
            }
        }
    }

    /**
     * Records a refusal made before any handler ran (Spring Security's role rules: a leader, an
     * administrator or a provider contact opening a family's address), so that every refusal is in
     * the access log: with the family when the address names a known one, else without.
     */
    public void recordRefused(HttpServletRequest request, HandlerMethod method) {
        FamilyAccess family = method.getMethodAnnotation(FamilyAccess.class);
        CaseWorkAccess caseWork = method.getMethodAnnotation(CaseWorkAccess.class);
        if (family != null) {
            UUID familyId = null;
            FamilyLocator locator = locators.get(family.id());
            if (locator != null) {
                try {
                    familyId = locator.familyOf(idOf(request, family.id())).orElse(null);
                } catch (NotFoundException e) {
                    familyId = null;
                }
            }
            policy.recordDenied(familyId, family.action(), family.what());
        } else if (caseWork != null) {
            policy.recordDenied(null, caseWork.action(), caseWork.what());
        }
    }

    /** The child the address names: the declared id when it is a child's, else a {@code childId} in the path. */
    private static UUID childOf(HttpServletRequest request, FamilyAccess family, UUID recordId) {
        if (CHILD_ID.equals(family.id())) {
            return recordId;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return path != null && path.containsKey(CHILD_ID) ? idOf(request, CHILD_ID) : null;
    }

    private static final String CHILD_ID = "childId";

    /** Whether a locator finds families from ids of this name (for tests of the declarations). */
    boolean locates(String idName) {
        return locators.containsKey(idName);
    }

    private FamilyLocator locator(String idName) {
        FamilyLocator locator = locators.get(idName);
        if (locator == null) {
            throw new IllegalStateException("no FamilyLocator for " + idName);
        }
        return locator;
    }

    /** The id from the path, else from the request parameters; a missing or malformed id is not found. */
    private static UUID idOf(HttpServletRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String text = path != null && path.containsKey(name) ? path.get(name) : request.getParameter(name);
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(name);
        }
    }
}
