/** Small, stable value types shared by every module: national ids, settings, paging. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package no.helhet.shared;
