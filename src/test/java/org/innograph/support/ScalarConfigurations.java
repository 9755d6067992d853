package org.innograph.support;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * For
 * {@code @GraphQlTest(includeFilters = @Filter(type = FilterType.CUSTOM, classes = ScalarConfigurations.class))}:
 * lets into a GraphQL slice the configuration classes that only wire the schema
 * (scalars), which the slice leaves out by default, so that a slice builds the real
 * schema without naming each scalar's configuration.
 */
public class ScalarConfigurations implements TypeFilter {

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		Set<MethodMetadata> beans = reader.getAnnotationMetadata().getAnnotatedMethods(Bean.class.getName());
		return !beans.isEmpty() && beans.stream()
			.allMatch((bean) -> bean.getReturnTypeName().equals(RuntimeWiringConfigurer.class.getName()));
	}

}
