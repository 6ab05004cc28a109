package no.helhet.request;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A child a request is about (part of the request aggregate). */
@Table("coordinator_request_child")
record RequestedChild(UUID childId) {}
