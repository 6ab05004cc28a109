package no.helhet.provider;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface ServiceProviderRepository
        extends ListCrudRepository<ServiceProvider, UUID>, PagingAndSortingRepository<ServiceProvider, UUID> {

    Page<ServiceProvider> findAllByOrderByName(Pageable pageable);
}
