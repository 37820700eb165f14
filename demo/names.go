package demo

import (
	"math/rand/v2"
	"strings"
)

// nameGroup is a set of first and last names that belong together, so that
// a generated name sounds like a real person's rather than a random mix.
// The lists are space separated so the package holds no variables.
type nameGroup struct {
	weight      int
	first, last string
}

// nameGroups returns the groups with rough weights, so that the members
// look like the people of Oxford and Knowsley: mostly white British and
// Irish, with South Asian, Caribbean, African, Polish, Chinese, Arab and
// Somali neighbours. Surnames in each group suit every first name in it.
func nameGroups() []nameGroup {
	return []nameGroup{
		{68, "Margaret Susan David John Gary Karen Oliver Chloe Jack Emily Liam Megan " +
			"Sean Siobhan Ryan Jade Craig Lisa Paul Tracey Stephen Joanne Michael Claire Daniel " +
			"Hannah Thomas Sophie James Lucy Kieran Bethany Peter Gillian Callum Rhiannon Dylan " +
			"Ffion Iain Morag Alan Brenda George Ellie Harry Amy Connor Niamh Rebecca Josh Katie " +
			"Jamie Sam Charlotte Ben Lauren Martin Denise Kevin Sharon Rita Colin Maureen Shaun",
			"Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright " +
				"Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Murphy Kelly " +
				"O'Brien Byrne McCarthy Doyle Gallagher Hughes Edwards Lewis Morgan Price Griffiths " +
				"Campbell Stewart Macdonald Fraser Ross Harrison Cooper Ward Turner Parker Collins " +
				"Bennett Shaw Holmes Marsh Fletcher Barker Cartwright Dobson Quinn Lynch McGuinness"},
		{6, "Aisha Amir Bilal Fatima Hamza Imran Mohammed Nadia Naveed Sana Shabana Tariq " +
			"Usman Yasmin Zara Zainab Ayesha Rizwan Farhana Shahid",
			"Ahmed Ali Chaudhry Choudhury Hussain Iqbal Khan Mahmood Malik Rahman Siddiqui " +
				"Bhatti Akhtar Aslam Uddin"},
		{5, "Anjali Arjun Deepak Harpreet Jaspreet Kiran Priya Rajesh Ravi Sanjay Simran " +
			"Sunita Gurpreet Nikhil Meera Vikram Pooja",
			"Kumar Patel Shah Sharma Singh Gill Sandhu Mistry Desai Parmar Chauhan Bains"},
		{4, "Delroy Leon Marcia Michelle Shanice Winston Jermaine Keisha Andre Marlon " +
			"Grace Beverley Errol Paulette Tyrone Jasmine",
			"Campbell Grant Francis Henry Reid Richards Bailey Thomas Johnson Brown Samuels"},
		{4, "Ama Chidi Chiamaka Comfort Femi Kwame Nkechi Olu Precious Tayo Tunde Yaw " +
			"Abena Kofi Blessing Emeka Funmi",
			"Adeyemi Asante Boateng Okafor Okonkwo Mensah Owusu Adebayo Nwosu Oduya Appiah"},
		{5, "Agnieszka Tomasz Katarzyna Piotr Marta Paweł Ewa Andrzej Magda Łukasz " +
			"Dorota Marek Kasia Jakub Zofia",
			"Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk Dudek Zając Król Wieczorek " +
				"Kaczmarek Pawlak Michalak Sikora"},
		{3, "Wei Mei Jun Hui Min Ling Karen Michael Grace Kevin",
			"Chen Wang Li Zhang Liu Wong Lam Cheung Ho"},
		{2, "Omar Layla Mariam Hassan Leila Karim Yusuf Amina Nour Sami",
			"Haddad Nasser Mansour Saleh Khalil Hamdan"},
		{2, "Hodan Abdi Fadumo Mohamed Ayaan Hamza Sahra Abdirahman",
			"Farah Mohamud Warsame Jama Egal Hersi"},
	}
}

// pickName returns a full name nobody in taken has yet, and marks it taken,
// so that no two demo members can be mistaken for each other.
func pickName(r *rand.Rand, taken map[string]bool) string {
	groups := nameGroups()
	total := 0
	for _, g := range groups {
		total += g.weight
	}
	for {
		g := groups[len(groups)-1]
		n := r.IntN(total)
		for _, candidate := range groups {
			if n < candidate.weight {
				g = candidate
				break
			}
			n -= candidate.weight
		}
		first, last := strings.Fields(g.first), strings.Fields(g.last)
		name := first[r.IntN(len(first))] + " " + last[r.IntN(len(last))]
		if !taken[name] {
			taken[name] = true
			return name
		}
	}
}
