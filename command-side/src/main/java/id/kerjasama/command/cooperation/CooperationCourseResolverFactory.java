package id.kerjasama.command.cooperation;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.Scope;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Gives a handler's {@link CooperationCourse} parameter the cooperation Axon is handling the command in: a child
 * entity holds no reference to its aggregate, but runs inside the aggregate's scope. Found on the class path by Axon
 * (both in the application and in test fixtures).
 */
public class CooperationCourseResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<CooperationCourse> createInstance(Executable executable, Parameter[] parameters,
                                                               int parameterIndex) {
        return parameters[parameterIndex].getType() == CooperationCourse.class ? new CurrentCooperation() : null;
    }

    private static final class CurrentCooperation implements ParameterResolver<CooperationCourse> {

        @Override
        public CooperationCourse resolveParameterValue(Message<?> message) {
            return (Cooperation) Scope.<AnnotatedAggregate<?>>getCurrentScope().getAggregateRoot();
        }

        @Override
        public boolean matches(Message<?> message) {
            return message instanceof CommandMessage;
        }
    }
}
