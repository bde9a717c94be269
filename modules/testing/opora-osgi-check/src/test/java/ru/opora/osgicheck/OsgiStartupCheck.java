package ru.opora.osgicheck;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mockito.Mockito;
import org.mockito.stubbing.Answer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.function.Function;
import org.osgi.util.promise.Promise;

/**
 * A real OSGi framework (Equinox + Felix SCR + Config Admin) with the Liferay
 * 7.4.3.112 platform bundle, in which bundles are installed and started as the
 * portal would. The Liferay services that components reference are supplied
 * as Mockito mocks (honouring their target filters); the {@code AopService}
 * registrations of Service Builder services are republished under their
 * interfaces as the portal's AOP does. Everything that would keep a bundle or
 * a component from starting in the portal becomes a problem in the report.
 */
public final class OsgiStartupCheck implements AutoCloseable {

	public static OsgiStartupCheck start(Path runtimeDir, Path storageDir, Path platformCacheDir)
		throws Exception {

		return new OsgiStartupCheck(runtimeDir, storageDir, platformCacheDir);
	}

	/** Installs and starts the bundles, then checks them. */
	public Report check(List<Path> bundleFiles) throws Exception {
		Report report = new Report();
		List<Bundle> bundles = new ArrayList<>();

		for (Path bundleFile : bundleFiles) {
			bundles.add(_context.installBundle(bundleFile.toUri().toString()));
		}

		for (Bundle bundle : bundles) {
			if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
				continue;
			}

			try {
				bundle.start();
			}
			catch (BundleException bundleException) {
				report.problems.add(
					"bundle " + bundle.getSymbolicName() + " does not start: " +
						bundleException.getMessage());
			}
		}

		Set<Long> bundleIds = new HashSet<>();

		for (Bundle bundle : bundles) {
			bundleIds.add(bundle.getBundleId());
		}

		for (int round = 0; round < 50; round++) {
			_settle(bundleIds);

			if (!_republishAopServices(bundleIds) && !_mockMissingServices(bundleIds, report)) {
				break;
			}
		}

		_activateAll(bundleIds);
		_settle(bundleIds);

		for (ComponentDescriptionDTO description : _descriptions(bundleIds)) {
			_checkComponent(description, report);
		}

		for (LogEntry logEntry : _logEntries) {
			String line = logEntry.getLogLevel() + " [" + logEntry.getBundle().getSymbolicName() + "] " +
				logEntry.getMessage() + ((logEntry.getException() == null) ? "" : ": " + logEntry.getException());

			report.log.add(line);

			if ((logEntry.getLogLevel() == LogLevel.ERROR) ||
				((logEntry.getLogLevel() == LogLevel.WARN) && bundleIds.contains(logEntry.getBundle().getBundleId()))) {

				report.problems.add("logged: " + line);
			}
		}

		report.mockedServices.addAll(_mocked);

		return report;
	}

	@Override
	public void close() throws Exception {
		_framework.stop();
		_framework.waitForStop(10000);
	}

	/** An installed bundle by symbolic name. */
	public Bundle getBundle(String symbolicName) {
		for (Bundle bundle : _context.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}

		throw new IllegalArgumentException("No bundle " + symbolicName);
	}

	public Bundle getPlatformBundle() {
		return _platform;
	}

	public static final class Report {

		public final Set<String> activeComponents = new TreeSet<>();
		public final List<String> log = new ArrayList<>();
		public final Set<String> mockedServices = new TreeSet<>();
		public final List<String> problems = new ArrayList<>();

		@Override
		public String toString() {
			return "problems:\n  " + String.join("\n  ", problems) + "\nOSGi log:\n  " +
				String.join("\n  ", log);
		}

	}

	private OsgiStartupCheck(Path runtimeDir, Path storageDir, Path platformCacheDir) throws Exception {
		Map<String, String> configuration = new HashMap<>();

		configuration.put(Constants.FRAMEWORK_STORAGE, storageDir.toString());
		configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		configuration.put(
			Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
			String.join(
				",", _exportsOf(ComponentConstants.class), _exportsOf(ServiceComponentRuntime.class),
				_exportsOf(Promise.class), _exportsOf(Function.class)));
		configuration.put("osgi.compatibility.bootdelegation", "false");
		configuration.put("eclipse.log.enabled", "false");

		FrameworkFactory frameworkFactory = ServiceLoader.load(FrameworkFactory.class).iterator().next();

		_framework = frameworkFactory.newFramework(configuration);
		_framework.init();
		_context = _framework.getBundleContext();

		_context.addFrameworkListener(
			event -> {
				if (event.getType() == FrameworkEvent.ERROR) {
					_frameworkErrors.add(String.valueOf(event.getThrowable()));
				}
			});

		ServiceReference<LogReaderService> logReaderReference = _context.getServiceReference(
			LogReaderService.class);

		_context.getService(logReaderReference).addLogListener(_logEntries::add);

		_framework.start();

		Set<String> frameworkPackages = new HashSet<>();

		frameworkPackages.addAll(_exportedPackages(_framework));

		for (String name : List.of("org.apache.felix.configadmin.jar", "org.apache.felix.scr.jar")) {
			Bundle bundle = _context.installBundle(runtimeDir.resolve(name).toUri().toString());

			bundle.start();

			frameworkPackages.addAll(_exportedPackages(bundle));
		}

		Path platformDir = PortalPlatform.explode(
			runtimeDir.resolve("release.portal.api.jar"), frameworkPackages, platformCacheDir);

		_platform = _context.installBundle("reference:" + platformDir.toUri());
		_platform.start();

		_scr = _context.getService(_context.getServiceReference(ServiceComponentRuntime.class));

		_setUpPortalUtilities();
	}

	private static String _exportsOf(Class<?> clazz) throws IOException {
		URL location = clazz.getProtectionDomain().getCodeSource().getLocation();

		try (InputStream inputStream = location.openStream();
			JarInputStream jarInputStream = new JarInputStream(inputStream)) {

			Manifest manifest = jarInputStream.getManifest();

			return manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
		}
	}

	private static Set<String> _exportedPackages(Bundle bundle) {
		Set<String> packages = new HashSet<>();

		BundleWiring bundleWiring = bundle.adapt(BundleWiring.class);

		if (bundleWiring == null) {
			return packages;
		}

		for (BundleCapability capability : bundleWiring.getCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
			packages.add((String)capability.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
		}

		return packages;
	}

	/** Portal-provided: not an Opora type and not an Opora-keyed service. */
	private static boolean _isPortalProvided(String interfaceName, String target) {
		if (interfaceName.startsWith("ru.opora.")) {
			return false;
		}

		return (target == null) ||
			!(target.contains("model.class.name=ru.opora") || target.contains("resource.name=ru.opora"));
	}

	private void _activateAll(Set<Long> bundleIds) throws InvalidSyntaxException {
		for (ComponentDescriptionDTO description : _descriptions(bundleIds)) {
			if (description.serviceInterfaces.length == 0) {
				continue;
			}

			Bundle bundle = _context.getBundle(description.bundle.id);

			for (ComponentConfigurationDTO configuration : _scr.getComponentConfigurationDTOs(description)) {
				if (configuration.state != ComponentConfigurationDTO.SATISFIED) {
					continue;
				}

				ServiceReference<?>[] references = bundle.getBundleContext().getServiceReferences(
					(String)null, "(" + ComponentConstants.COMPONENT_ID + "=" + configuration.id + ")");

				if (references != null) {
					bundle.getBundleContext().getService(references[0]);
				}
			}
		}
	}

	private void _checkComponent(ComponentDescriptionDTO description, Report report) {
		String name = description.name + " (" + _context.getBundle(description.bundle.id).getSymbolicName() + ")";

		if (!_scr.isComponentEnabled(description)) {
			if (description.defaultEnabled) {
				report.problems.add("component " + name + " is disabled");
			}

			return;
		}

		var configurations = _scr.getComponentConfigurationDTOs(description);

		if (configurations.isEmpty()) {
			report.problems.add(
				"component " + name + " has no configuration (policy " + description.configurationPolicy +
					", PID " + String.join(",", description.configurationPid) + ")");
		}

		for (ComponentConfigurationDTO configuration : configurations) {
			if (configuration.state == ComponentConfigurationDTO.ACTIVE) {
				report.activeComponents.add(description.name);

				continue;
			}

			StringBuilder problem = new StringBuilder("component " + name + " is " + _state(configuration.state));

			for (UnsatisfiedReferenceDTO unsatisfiedReference : configuration.unsatisfiedReferences) {
				ReferenceDTO reference = _reference(description, unsatisfiedReference.name);

				problem.append(
					"; unsatisfied reference " + reference.name + " to " + reference.interfaceName +
						((reference.target == null) ? "" : " " + reference.target));
			}

			if (configuration.failure != null) {
				problem.append(": " + configuration.failure);
			}

			report.problems.add(problem.toString());
		}
	}

	private List<ComponentDescriptionDTO> _descriptions(Set<Long> bundleIds) {
		List<ComponentDescriptionDTO> descriptions = new ArrayList<>();

		for (ComponentDescriptionDTO description : _scr.getComponentDescriptionDTOs()) {
			if (bundleIds.contains(description.bundle.id)) {
				descriptions.add(description);
			}
		}

		return descriptions;
	}

	/** Mocks portal services that components of the bundles still miss. */
	private boolean _mockMissingServices(Set<Long> bundleIds, Report report) {
		boolean changed = false;

		for (ComponentDescriptionDTO description : _descriptions(bundleIds)) {
			for (ComponentConfigurationDTO configuration : _scr.getComponentConfigurationDTOs(description)) {
				for (UnsatisfiedReferenceDTO unsatisfiedReference : configuration.unsatisfiedReferences) {
					ReferenceDTO reference = _reference(description, unsatisfiedReference.name);

					String key = reference.interfaceName + ((reference.target == null) ? "" : " " + reference.target);

					if (_mocked.contains(key) || _unmockable.contains(key) ||
						!_isPortalProvided(reference.interfaceName, reference.target)) {

						continue;
					}

					try {
						_registerMock(reference.interfaceName, reference.target);

						_mocked.add(key);
						changed = true;
					}
					catch (ClassNotFoundException classNotFoundException) {
						_unmockable.add(key);

						report.problems.add(
							"component " + description.name + " references " + reference.interfaceName +
								", which Liferay 7.4.3.112 does not provide");
					}
					catch (InvalidSyntaxException invalidSyntaxException) {
						_unmockable.add(key);

						report.problems.add(
							"component " + description.name + " has an invalid target " + reference.target);
					}
				}
			}
		}

		return changed;
	}

	private ReferenceDTO _reference(ComponentDescriptionDTO description, String name) {
		for (ReferenceDTO reference : description.references) {
			if (reference.name.equals(name)) {
				return reference;
			}
		}

		throw new IllegalStateException("No reference " + name + " in " + description.name);
	}

	private void _registerMock(String interfaceName, String target)
		throws ClassNotFoundException, InvalidSyntaxException {

		Class<?> clazz = _platform.loadClass(interfaceName);
		Hashtable<String, Object> properties = new Hashtable<>();

		if (target != null) {
			Matcher matcher = _EQUALITY.matcher(target);

			while (matcher.find()) {
				properties.put(matcher.group(1).trim(), matcher.group(2).trim());
			}

			if (!FrameworkUtil.createFilter(target).match(properties)) {
				throw new InvalidSyntaxException("the mock's properties " + properties + " do not match", target);
			}
		}

		properties.put("opora.osgi.check.mock", Boolean.TRUE);

		_platform.getBundleContext().registerService(interfaceName, Mockito.mock(clazz), properties);
	}

	/** Republishes Opora AopService registrations under their interfaces. */
	private boolean _republishAopServices(Set<Long> bundleIds) throws InvalidSyntaxException {
		ServiceReference<?>[] references = _context.getAllServiceReferences(
			null, "(objectClass=com.liferay.portal.aop.AopService)");

		if (references == null) {
			return false;
		}

		boolean changed = false;

		for (ServiceReference<?> reference : references) {
			Long serviceId = (Long)reference.getProperty(Constants.SERVICE_ID);
			Bundle bundle = reference.getBundle();

			if ((bundle == null) || !bundleIds.contains(bundle.getBundleId()) || !_republished.add(serviceId)) {
				continue;
			}

			BundleContext bundleContext = bundle.getBundleContext();
			Object service = bundleContext.getService(reference);

			if (service == null) {
				continue;
			}

			Set<String> interfaceNames = new LinkedHashSet<>();

			_collectInterfaces(service.getClass(), interfaceNames);

			if (interfaceNames.isEmpty()) {
				continue;
			}

			Hashtable<String, Object> properties = new Hashtable<>();

			for (String key : reference.getPropertyKeys()) {
				if (!key.equals(Constants.OBJECTCLASS) && !key.equals(Constants.SERVICE_ID)) {
					properties.put(key, reference.getProperty(key));
				}
			}

			bundleContext.registerService(interfaceNames.toArray(new String[0]), service, properties);

			changed = true;
		}

		return changed;
	}

	private static void _collectInterfaces(Class<?> clazz, Set<String> interfaceNames) {
		for (Class<?> current = clazz; current != null; current = current.getSuperclass()) {
			for (Class<?> interfaceClass : current.getInterfaces()) {
				if (interfaceClass.getName().startsWith("ru.opora.")) {
					interfaceNames.add(interfaceClass.getName());
				}

				_collectInterfaces(interfaceClass, interfaceNames);
			}
		}
	}

	private void _setUpPortalUtilities() throws Exception {
		Class<?> propsClass = _platform.loadClass("com.liferay.portal.kernel.util.Props");

		_invokeStatic("com.liferay.portal.kernel.util.PropsUtil", "setProps", propsClass, Mockito.mock(propsClass));

		Class<?> dbManagerClass = _platform.loadClass("com.liferay.portal.kernel.dao.db.DBManager");
		Class<?> dbClass = _platform.loadClass("com.liferay.portal.kernel.dao.db.DB");
		Class<?> dbTypeClass = _platform.loadClass("com.liferay.portal.kernel.dao.db.DBType");

		Object hypersonic = dbTypeClass.getField("HYPERSONIC").get(null);
		Object[] db = new Object[1];

		// The portal's default embedded database, whatever asks for it

		Answer<Object> answer = invocation -> {
			Class<?> returnType = invocation.getMethod().getReturnType();

			if (returnType == dbTypeClass) {
				return hypersonic;
			}

			if (returnType == dbClass) {
				return db[0];
			}

			return Mockito.RETURNS_DEFAULTS.answer(invocation);
		};

		db[0] = Mockito.mock(dbClass, answer);

		Object dbManager = Mockito.mock(dbManagerClass, answer);

		_invokeStatic("com.liferay.portal.kernel.dao.db.DBManagerUtil", "setDBManager", dbManagerClass, dbManager);
	}

	private void _invokeStatic(String className, String methodName, Class<?> parameterType, Object argument)
		throws Exception {

		Method method = _platform.loadClass(className).getMethod(methodName, parameterType);

		method.invoke(null, argument);
	}

	/** Waits until SCR stops changing the components of the bundles. */
	private void _settle(Set<Long> bundleIds) throws InterruptedException {
		String previous = null;

		for (int i = 0; i < 100; i++) {
			StringBuilder state = new StringBuilder();

			for (ComponentDescriptionDTO description : _descriptions(bundleIds)) {
				for (ComponentConfigurationDTO configuration : _scr.getComponentConfigurationDTOs(description)) {
					state.append(configuration.id).append(':').append(configuration.state).append(';');
				}
			}

			String current = state.toString();

			if (current.equals(previous)) {
				return;
			}

			previous = current;

			Thread.sleep(50);
		}
	}

	private static String _state(int state) {
		switch (state) {
			case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
				return "UNSATISFIED_CONFIGURATION";
			case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
				return "UNSATISFIED_REFERENCE";
			case ComponentConfigurationDTO.SATISFIED:
				return "SATISFIED (its service could not be obtained)";
			case ComponentConfigurationDTO.FAILED_ACTIVATION:
				return "FAILED_ACTIVATION";
			default:
				return "in state " + state;
		}
	}

	private static final Pattern _EQUALITY = Pattern.compile("\\(([^()=~<>]+)=([^()]*)\\)");

	private final BundleContext _context;
	private final Framework _framework;
	private final List<String> _frameworkErrors = Collections.synchronizedList(new ArrayList<>());
	private final List<LogEntry> _logEntries = Collections.synchronizedList(new ArrayList<>());
	private final Set<String> _mocked = new TreeSet<>();
	private final Bundle _platform;
	private final Set<Long> _republished = new HashSet<>();
	private final ServiceComponentRuntime _scr;
	private final Set<String> _unmockable = new HashSet<>();

}
