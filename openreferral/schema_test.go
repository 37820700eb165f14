package openreferral

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// profileBase is where the API description says its schemas live; the
// vendored copies are registered under these addresses so that its $refs
// resolve offline.
const profileBase = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"

// Schema locations, as JSON pointers into the vendored files.
const (
	rootSchema         = profileBase + "openapi.json#/paths/~1/get/responses/200/content/application~1json/schema"
	servicesSchema     = profileBase + "openapi.json#/paths/~1services/get/responses/200/content/application~1json/schema"
	salSchema          = profileBase + "openapi.json#/paths/~1service_at_locations/get/responses/200/content/application~1json/schema"
	taxonomiesSchema   = profileBase + "openapi.json#/paths/~1taxonomies/get/responses/200/content/application~1json/schema"
	termsSchema        = profileBase + "openapi.json#/paths/~1taxonomy_terms/get/responses/200/content/application~1json/schema"
	serviceSchema      = profileBase + "compiled/service.json"
	salSchemaOne       = profileBase + "compiled/service_at_location.json"
	orgSchema          = profileBase + "compiled/organization.json"
	orgListSchema      = profileBase + "compiled/organization_list.json"
	taxonomySchema     = profileBase + "taxonomy.json"
	termSchema         = profileBase + "taxonomy_term.json"
	serviceListSchema  = profileBase + "compiled/service_list.json"
	phoneSchema        = profileBase + "compiled/service_with_definitions.json#/definitions/phone"
	pageSchemaPointer  = profileBase + "openapi.json#/components/schemas/Page"
	withDefinitionsURL = profileBase + "compiled/service_with_definitions.json"
)

// profileCompiler knows the vendored schemas, and checks formats (uuid,
// uri, email, date-time), which JSON Schema 2020-12 otherwise only notes.
func profileCompiler(t *testing.T) *jsonschema.Compiler {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	for url, file := range map[string]string{
		profileBase + "openapi.json": "openapi.json",
		serviceSchema:                "service.json",
		serviceListSchema:            "service_list.json",
		profileBase + "compiled/service_at_location_list.json": "service_at_location_list.json",
		salSchemaOne:       "service_at_location.json",
		orgSchema:          "organization.json",
		orgListSchema:      "organization_list.json",
		withDefinitionsURL: "service_with_definitions.json",
	} {
		data, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
	}
	// The API description names taxonomy.json and taxonomy_term.json, which
	// are not among the compiled files; the same definitions stand in.
	for url, def := range map[string]string{taxonomySchema: "taxonomy", termSchema: "taxonomy_term"} {
		ref := map[string]any{"$ref": "compiled/service_with_definitions.json#/definitions/" + def}
		if err := c.AddResource(url, ref); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// mustMatch checks v, as JSON, against the schema at loc.
func mustMatch(t *testing.T, c *jsonschema.Compiler, loc string, v any) {
	t.Helper()
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatalf("compile %s: %v", loc, err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s does not match %s:\n%v\n%s", typeName(v), loc, err, data)
	}
}

// mustHavePaging checks every paging field is present: the profile's
// Page lists them without making them required, but readers rely on them.
func mustHavePaging(t *testing.T, c *jsonschema.Compiler, page any) {
	t.Helper()
	mustMatch(t, c, pageSchemaPointer, page)
	data, _ := json.Marshal(page)
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"} {
		if _, ok := fields[name]; !ok {
			t.Errorf("%s has no %q", typeName(page), name)
		}
	}
	if string(fields["contents"]) == "null" {
		t.Errorf("%s contents is null, not a list", typeName(page))
	}
}

func typeName(v any) string {
	data, _ := json.Marshal(v)
	if len(data) > 40 {
		data = data[:40]
	}
	return string(data) + "…"
}
