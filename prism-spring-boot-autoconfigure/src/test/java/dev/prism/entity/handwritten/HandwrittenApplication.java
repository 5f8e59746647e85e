package dev.prism.entity.handwritten;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application whose only soft-deletable entity implements
 * {@link dev.prism.entity.SoftDeletable} by hand: no entity extends a Prism base class.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HandwrittenApplication {

}
