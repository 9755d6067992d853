package org.innograph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.innograph.graph.EntityKind;
import org.innograph.graph.RelationshipType;
import org.innograph.graph.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract in schema.graphqls: every type, field, argument and enum value is
 * described, and the enums agree with the vocabulary the seed and the code use.
 */
class SchemaContractTests {

	static TypeDefinitionRegistry registry;

	@BeforeAll
	static void parse() throws IOException {
		registry = new SchemaParser().parse(Files.readString(Path.of("schema.graphqls")));
	}

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADescription() {
		List<String> undescribed = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			check(type.getName(), description(type), undescribed);
			if (type instanceof ObjectTypeDefinition object) {
				fields(type.getName(), object.getFieldDefinitions(), undescribed);
			}
			if (type instanceof InterfaceTypeDefinition iface) {
				fields(type.getName(), iface.getFieldDefinitions(), undescribed);
			}
			if (type instanceof InputObjectTypeDefinition input) {
				for (InputValueDefinition value : input.getInputValueDefinitions()) {
					check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
				}
			}
			if (type instanceof EnumTypeDefinition enumType) {
				for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
					check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
				}
			}
		}
		registry.objectTypeExtensions()
			.forEach((name, extensions) -> extensions
				.forEach((extension) -> fields(name, extension.getFieldDefinitions(), undescribed)));
		for (ScalarTypeDefinition scalar : registry.scalars().values()) {
			if (scalar.getSourceLocation() != null) {
				check(scalar.getName(), scalar.getDescription(), undescribed);
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	@Test
	void relationshipTypesAgreeWithTheCodeAndTheSeedSchema() throws IOException {
		List<String> inGraphQl = enumValues("RelationshipType");
		List<String> inJava = Arrays.stream(RelationshipType.values()).map(Enum::name).toList();
		JsonNode seedSchema = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("graph-seed/schema/seed-file.schema.json")));
		List<String> inSeed = new ArrayList<>();
		seedSchema.at("/$defs/relationship/properties/type/enum").forEach((value) -> inSeed.add(value.asString()));
		assertThat(inGraphQl).containsExactlyInAnyOrderElementsOf(inJava);
		assertThat(inSeed).containsExactlyInAnyOrderElementsOf(inJava);
	}

	@Test
	void entityKindsAgreeWithTheCode() {
		assertThat(enumValues("EntityKind"))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(EntityKind.values()).map(EntityKind::apiName).toList());
	}

	@Test
	void changeTargetKindsAreTheEntityKindsAndTheOtherRecords() {
		List<String> expected = new ArrayList<>(Arrays.stream(EntityKind.values()).map(EntityKind::apiName).toList());
		expected.addAll(List.of("RELATIONSHIP", "SOURCE", "EVIDENCE", "FACT", "PROPOSAL"));
		assertThat(enumValues("ChangeTargetKind")).containsExactlyElementsOf(expected);
	}

	@Test
	void sourceKindsAgreeWithTheCodeAndTheSeedSchema() throws IOException {
		JsonNode seedSchema = JsonMapper.builder()
			.build()
			.readTree(Files.readString(Path.of("graph-seed/schema/seed-file.schema.json")));
		List<String> inSeed = new ArrayList<>();
		seedSchema.at("/$defs/source/properties/kind/enum").forEach((value) -> inSeed.add(value.asString()));
		assertThat(enumValues("SourceKind"))
			.containsExactlyElementsOf(Arrays.stream(SourceKind.values()).map(Enum::name).toList());
		assertThat(Arrays.stream(SourceKind.values()).map(SourceKind::stored).toList())
			.containsExactlyInAnyOrderElementsOf(inSeed);
	}

	private static List<String> enumValues(String name) {
		EnumTypeDefinition definition = (EnumTypeDefinition) registry.getType(name).orElseThrow();
		return definition.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
	}

	private static void fields(String typeName, List<FieldDefinition> fields, List<String> undescribed) {
		for (FieldDefinition field : fields) {
			check(typeName + "." + field.getName(), field.getDescription(), undescribed);
			for (InputValueDefinition argument : field.getInputValueDefinitions()) {
				check(typeName + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription(),
						undescribed);
			}
		}
	}

	private static Description description(TypeDefinition<?> type) {
		if (type instanceof ObjectTypeDefinition object) {
			return object.getDescription();
		}
		if (type instanceof InterfaceTypeDefinition iface) {
			return iface.getDescription();
		}
		if (type instanceof EnumTypeDefinition enumType) {
			return enumType.getDescription();
		}
		if (type instanceof InputObjectTypeDefinition input) {
			return input.getDescription();
		}
		if (type instanceof graphql.language.UnionTypeDefinition union) {
			return union.getDescription();
		}
		if (type instanceof ScalarTypeDefinition scalar) {
			return scalar.getDescription();
		}
		return null;
	}

	private static void check(String element, Description description, List<String> undescribed) {
		if (description == null || description.getContent() == null || description.getContent().isBlank()) {
			undescribed.add(element);
		}
	}

}
