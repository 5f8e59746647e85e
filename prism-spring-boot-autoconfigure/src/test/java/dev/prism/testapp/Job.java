package dev.prism.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An entity without soft delete that refers to a soft-deletable {@link Member}.
 */
@Entity
@Table(name = "jobs")
public class Job {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "employee_id")
	private Member employee;

	private String title;

	protected Job() {
	}

	public Job(Member employee, String title) {
		this.employee = employee;
		this.title = title;
	}

	public Member getEmployee() {
		return this.employee;
	}

	public String getTitle() {
		return this.title;
	}

}
