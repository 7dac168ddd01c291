package org.parindex.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's contact details shown in every page's footer, the public portal's first
 * (DESIGN.md §1, "the agency's contact footer"; issue 12): the same settings the official
 * documents print under "Nơi nhận" ({@code parindex.agency.name}, {@code .address},
 * {@code .phone}, {@code .email}). Each is blank when unset and is then left out; with
 * none set the footer shows no contact at all. The values are checked when the
 * application starts by the documents' contact record, so the footer shows them as set.
 * Templates reach this bean as {@code @agency}.
 */
@Component("agency")
public class AgencyFooter {

	private final String name;

	private final String address;

	private final String phone;

	private final String email;

	/**
	 * @param name the agency ({@code Sở Nội vụ tỉnh Gia Lai}); blank for none
	 * @param address its address; blank for none
	 * @param phone its telephone numbers as written; blank for none
	 * @param email its e-mail address; blank for none
	 */
	public AgencyFooter(@Value("${parindex.agency.name:}") String name,
			@Value("${parindex.agency.address:}") String address, @Value("${parindex.agency.phone:}") String phone,
			@Value("${parindex.agency.email:}") String email) {
		this.name = (name == null) ? "" : name.strip();
		this.address = (address == null) ? "" : address.strip();
		this.phone = (phone == null) ? "" : phone.strip();
		this.email = (email == null) ? "" : email.strip();
	}

	/** The agency's name, or an empty string. */
	public String name() {
		return this.name;
	}

	/** The agency's address, or an empty string. */
	public String address() {
		return this.address;
	}

	/** The agency's telephone numbers, or an empty string. */
	public String phone() {
		return this.phone;
	}

	/** The agency's e-mail address, or an empty string. */
	public String email() {
		return this.email;
	}

	/** Whether any of the details is set, so the footer shows a contact block. */
	public boolean shown() {
		return !(this.name.isEmpty() && this.address.isEmpty() && this.phone.isEmpty() && this.email.isEmpty());
	}

}
