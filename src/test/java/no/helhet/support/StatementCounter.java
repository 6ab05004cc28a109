package no.helhet.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application sends while a piece of code runs on the current thread
 * (a MockMvc request runs on the test's thread). Wraps the application's {@link DataSource} in every
 * test context; outside {@link #record} it only passes calls through.
 *
 * <p>A plain JDK proxy instead of a JDBC listener library: we need one number and the statements'
 * text for the failure message, nothing more.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** Runs the code and returns the statements it executed, in order. */
    public static List<String> record(Runnable code) {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            code.run();
        } finally {
            RECORDING.set(outer);
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(dataSource);
        }
        return bean;
    }

    private static void executed(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "));
        }
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(obtainTargetDataSource().getConnection(username, password));
        }

        private static Connection wrap(Connection connection) {
            return (Connection) proxy(Connection.class, connection, (method, args, result) -> {
                if (result instanceof Statement statement) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    Class<?> type = statement instanceof CallableStatement
                            ? CallableStatement.class
                            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return proxy(type, statement, (m, a, r) -> {
                        if (m.getName().startsWith("execute")) {
                            executed(a != null && a.length > 0 && a[0] instanceof String s ? s : sql);
                        }
                        return r;
                    });
                }
                return result;
            });
        }
    }

    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws SQLException;
    }

    private static Object proxy(Class<?> type, Object target, AfterCall after) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args[0] == type) {
                return target;
            }
            try {
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
