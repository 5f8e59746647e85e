package dev.prism.repository;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * Makes every Spring Data JPA repository whose interface extends
 * {@link SoftDeleteRepository} use {@link SoftDeleteJpaRepository}, unless the application
 * configured its own {@code repositoryBaseClass}. Other repositories are left as they are.
 */
class SoftDeleteRepositoryBaseClassPostProcessor implements BeanFactoryPostProcessor, BeanClassLoaderAware {

	private static final String BASE_CLASS_PROPERTY = "repositoryBaseClass";

	private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			BeanDefinition definition = beanFactory.getBeanDefinition(name);
			if (isSoftDeleteRepository(definition) && !definition.getPropertyValues().contains(BASE_CLASS_PROPERTY)) {
				// A class name, as Spring Data's own configuration and its AOT processing expect.
				definition.getPropertyValues().add(BASE_CLASS_PROPERTY, SoftDeleteJpaRepository.class.getName());
			}
		}
	}

	private boolean isSoftDeleteRepository(BeanDefinition definition) {
		if (!isJpaRepositoryFactoryBean(definition.getBeanClassName())) {
			return false;
		}
		ValueHolder repositoryInterface = definition.getConstructorArgumentValues().getIndexedArgumentValue(0, null);
		Object value = (repositoryInterface != null) ? repositoryInterface.getValue() : null;
		Class<?> type = (value instanceof Class<?> clazz) ? clazz : resolve(value);
		return type != null && SoftDeleteRepository.class.isAssignableFrom(type);
	}

	private boolean isJpaRepositoryFactoryBean(String className) {
		Class<?> type = resolve(className);
		return type != null && JpaRepositoryFactoryBean.class.isAssignableFrom(type);
	}

	private Class<?> resolve(Object className) {
		if (!(className instanceof String name) || !ClassUtils.isPresent(name, this.classLoader)) {
			return null;
		}
		return ClassUtils.resolveClassName(name, this.classLoader);
	}

}
