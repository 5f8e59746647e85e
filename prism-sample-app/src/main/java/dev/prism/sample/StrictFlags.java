package dev.prism.sample;

import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request flags are {@code true} or {@code false} only; Spring's default also takes
 * {@code 1}, {@code on} and {@code yes}, so {@code ?hard=1} would hard delete.
 */
@ControllerAdvice
class StrictFlags {

	@InitBinder
	void strictBooleans(WebDataBinder binder) {
		binder.registerCustomEditor(boolean.class, new CustomBooleanEditor("true", "false", false));
		binder.registerCustomEditor(Boolean.class, new CustomBooleanEditor("true", "false", true));
	}

}
