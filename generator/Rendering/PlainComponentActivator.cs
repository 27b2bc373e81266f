using Microsoft.AspNetCore.Components;

namespace GeccPortal.Generator.Rendering;

/// <summary>
/// Makes components with their parameterless constructors. The default activator compiles a factory (an
/// expression tree, JIT-compiled fully optimised) for each component type, about 30 of them in every build,
/// which a short rebuild paid for; our components take nothing from the service provider.
/// </summary>
internal sealed class PlainComponentActivator : IComponentActivator
{
    public IComponent CreateInstance(Type componentType) =>
        Activator.CreateInstance(componentType) as IComponent
        ?? throw new ArgumentException($"{componentType.FullName} is not a component", nameof(componentType));
}
