package id.simitra.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts the statements prepared or created on its connections: how a
 * test shows that a page runs a fixed number of statements, not one per row (N+1).
 */
public final class StatementCounter {

	private StatementCounter() {
	}

	/**
	 * The data source with a count of the statements prepared or created on its
	 * connections.
	 */
	public static DataSource counting(DataSource target, AtomicInteger statements) {
		InvocationHandler connections = (proxy, method, args) -> {
			Object result = call(target, method, args);
			return method.getName().equals("getConnection") ? connection((Connection) result, statements) : result;
		};
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, connections);
	}

	private static Connection connection(Connection target, AtomicInteger statements) {
		InvocationHandler calls = (proxy, method, args) -> {
			if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
				statements.incrementAndGet();
			}
			return call(target, method, args);
		};
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, calls);
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
