package dev.prism.testapp;

import dev.prism.repository.SoftDeleteRepository;

public interface FlagRepository extends SoftDeleteRepository<Flag, Long> {

}
